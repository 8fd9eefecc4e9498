CREATE TABLE schema_migrations ( version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL);
CREATE TABLE users ( id TEXT PRIMARY KEY, username TEXT NOT NULL, username_key TEXT NOT NULL UNIQUE, email TEXT NOT NULL, email_key TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, bio TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'user'   CHECK (role IN ('user','shop','moderator','admin')), created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);
CREATE TABLE sessions ( id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, created_at BIGINT NOT NULL, last_used_at BIGINT NOT NULL, revoked_at BIGINT, revoke_reason TEXT);
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE TABLE tokens ( hash TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('access','refresh')), expires_at BIGINT NOT NULL, used_at BIGINT);
CREATE INDEX tokens_by_session ON tokens(session_id);
CREATE TABLE audit_log ( id INTEGER PRIMARY KEY, at BIGINT NOT NULL, actor_id TEXT NOT NULL, action TEXT NOT NULL, target_type TEXT NOT NULL, target_id TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '{}');
CREATE INDEX audit_log_by_target ON audit_log(target_type, target_id);
