-- The schemas that released souk-server versions 1 to 12 built, as sqlite3 ".schema" printed
-- them (before issue 18 generated the synced tables). Each section lists only what is new or
-- changed since the version before (a table grown by ALTER TABLE is its whole new CREATE
-- TABLE); tests/server/tst_migrations.cpp replays sections 1..N to rebuild version N.
-- version 1
CREATE TABLE schema_migrations ( version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL);
CREATE TABLE users ( id TEXT PRIMARY KEY, username TEXT NOT NULL, username_key TEXT NOT NULL UNIQUE, email TEXT NOT NULL, email_key TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, bio TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'user'   CHECK (role IN ('user','shop','moderator','admin')), created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);
CREATE TABLE sessions ( id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, created_at BIGINT NOT NULL, last_used_at BIGINT NOT NULL, revoked_at BIGINT, revoke_reason TEXT);
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE TABLE tokens ( hash TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('access','refresh')), expires_at BIGINT NOT NULL, used_at BIGINT);
CREATE INDEX tokens_by_session ON tokens(session_id);
-- version 2
CREATE TABLE audit_log ( id INTEGER PRIMARY KEY, at BIGINT NOT NULL, actor_id TEXT NOT NULL, action TEXT NOT NULL, target_type TEXT NOT NULL, target_id TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '{}');
CREATE INDEX audit_log_by_target ON audit_log(target_type, target_id);
-- version 3
CREATE TABLE users ( id TEXT PRIMARY KEY, username TEXT NOT NULL, username_key TEXT NOT NULL UNIQUE, email TEXT NOT NULL, email_key TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, bio TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'user'   CHECK (role IN ('user','shop','moderator','admin')), created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE follows ( id TEXT PRIMARY KEY, follower_id TEXT NOT NULL, followee_id TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX follows_by_follower ON follows(follower_id, active);
CREATE INDEX follows_by_followee ON follows(followee_id, active);
CREATE TABLE drafts ( id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', conflict_of TEXT NOT NULL DEFAULT '', clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX drafts_by_owner ON drafts(owner_id);
CREATE TABLE conflicts ( id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, lost_value TEXT NOT NULL, lost_hlc TEXT NOT NULL, kept_value TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX conflicts_by_owner ON conflicts(owner_id);
CREATE TABLE sync_rows ( bucket TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL, version BIGINT NOT NULL, deleted INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (bucket, tbl, row_id));
CREATE INDEX sync_rows_by_version ON sync_rows(bucket, version);
CREATE TABLE sync_buckets ( bucket TEXT PRIMARY KEY, checksum BIGINT NOT NULL, rows BIGINT NOT NULL);
CREATE TABLE sync_state ( id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL, purged_before BIGINT NOT NULL);
CREATE TABLE sync_clients ( client_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, last_seq BIGINT NOT NULL, created_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL);
CREATE TABLE sync_results ( client_id TEXT NOT NULL, seq BIGINT NOT NULL, status TEXT NOT NULL, error TEXT, PRIMARY KEY (client_id, seq));
-- version 4
CREATE TABLE users ( id TEXT PRIMARY KEY, username TEXT NOT NULL, username_key TEXT NOT NULL UNIQUE, email TEXT NOT NULL, email_key TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, bio TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'user'   CHECK (role IN ('user','shop','moderator','admin')), created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, avatar TEXT NOT NULL DEFAULT '');
CREATE TABLE drafts ( id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', conflict_of TEXT NOT NULL DEFAULT '', clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, media TEXT NOT NULL DEFAULT '');
CREATE TABLE media ( id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, mime TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, bytes BIGINT NOT NULL, uploader_id TEXT NOT NULL, created_at BIGINT NOT NULL);
CREATE INDEX media_by_sha256 ON media(sha256);
CREATE TABLE posts ( id TEXT PRIMARY KEY, author_id TEXT NOT NULL, caption TEXT NOT NULL DEFAULT '', media TEXT NOT NULL DEFAULT '[]', tags TEXT NOT NULL DEFAULT '', mentions TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, edited_at BIGINT NOT NULL DEFAULT 0, like_count BIGINT NOT NULL DEFAULT 0, comment_count BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX posts_by_author ON posts(author_id, created_at);
CREATE INDEX posts_by_time ON posts(created_at, id);
CREATE TABLE post_tags ( tag TEXT NOT NULL, post_id TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (tag, post_id));
CREATE INDEX post_tags_by_time ON post_tags(tag, created_at);
CREATE INDEX post_tags_by_post ON post_tags(post_id);
CREATE TABLE likes ( id TEXT PRIMARY KEY, user_id TEXT NOT NULL, post_id TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX likes_by_post ON likes(post_id, active);
CREATE TABLE comments ( id TEXT PRIMARY KEY, post_id TEXT NOT NULL, post_author_id TEXT NOT NULL, author_id TEXT NOT NULL, author_username TEXT NOT NULL DEFAULT '', parent_id TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, created_at BIGINT NOT NULL, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX comments_by_post ON comments(post_id, created_at);
CREATE TABLE blocks ( id TEXT PRIMARY KEY, blocker_id TEXT NOT NULL, blocked_id TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX blocks_by_blocked ON blocks(blocked_id, active);
CREATE INDEX blocks_by_blocker ON blocks(blocker_id, active);
CREATE TABLE notifications ( id TEXT PRIMARY KEY, recipient_id TEXT NOT NULL, kind TEXT NOT NULL, actor_id TEXT NOT NULL, actor_username TEXT NOT NULL DEFAULT '', post_id TEXT NOT NULL DEFAULT '', comment_id TEXT NOT NULL DEFAULT '', excerpt TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX notifications_by_time ON notifications(deleted, created_at);
CREATE TABLE inbox ( id TEXT PRIMARY KEY, read_until BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
-- version 5
CREATE TABLE conversations ( id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', direct_pair TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL, created_at BIGINT NOT NULL, last_seq BIGINT NOT NULL DEFAULT 0, last_message_at BIGINT NOT NULL DEFAULT 0, last_preview TEXT NOT NULL DEFAULT '', clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE members ( id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, username TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT 'member', active INTEGER NOT NULL DEFAULT 0, read_seq BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX members_by_user ON members(user_id, active);
CREATE INDEX members_by_conversation ON members(conversation_id, active);
CREATE TABLE messages ( id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, author_id TEXT NOT NULL, author_username TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', media TEXT NOT NULL DEFAULT '[]', reply_to TEXT NOT NULL DEFAULT '', seq BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, edited_at BIGINT NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX messages_by_conversation ON messages(conversation_id, seq);
CREATE TABLE reactions ( id TEXT PRIMARY KEY, message_id TEXT NOT NULL, conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, emoji TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX reactions_by_message ON reactions(message_id);
CREATE TABLE preferences ( id TEXT PRIMARY KEY, presence_hidden INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
-- version 6
CREATE TABLE shops ( id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', logo TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX shops_by_owner ON shops(owner_id);
CREATE TABLE products ( id TEXT PRIMARY KEY, shop_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '', media TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'draft', price BIGINT NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX products_by_shop ON products(shop_id, status);
CREATE TABLE variants ( id TEXT PRIMARY KEY, product_id TEXT NOT NULL, shop_id TEXT NOT NULL, sku TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '', stock BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX variants_by_product ON variants(product_id);
CREATE TABLE skus ( id TEXT PRIMARY KEY, shop_id TEXT NOT NULL, variant_id TEXT NOT NULL, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE stock_alerts ( id TEXT PRIMARY KEY, shop_id TEXT NOT NULL, variant_id TEXT NOT NULL, stock BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL DEFAULT 0, resolved INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE wishlist ( id TEXT PRIMARY KEY, user_id TEXT NOT NULL, product_id TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE cart_lines ( id TEXT PRIMARY KEY, user_id TEXT NOT NULL, variant_id TEXT NOT NULL, product_id TEXT NOT NULL DEFAULT '', quantity BIGINT NOT NULL DEFAULT 0, added BIGINT NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE orders ( id TEXT PRIMARY KEY, intent_id TEXT NOT NULL, buyer_id TEXT NOT NULL, shop_id TEXT NOT NULL, status TEXT NOT NULL, currency TEXT NOT NULL, total BIGINT NOT NULL DEFAULT 0, lines TEXT NOT NULL DEFAULT '[]', payment TEXT NOT NULL DEFAULT '', tracking TEXT NOT NULL DEFAULT '', timeline TEXT NOT NULL DEFAULT '[]', created_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX orders_by_buyer ON orders(buyer_id, created_at);
CREATE INDEX orders_by_shop ON orders(shop_id, status, created_at);
-- version 7
CREATE TABLE documents ( id TEXT NOT NULL, owner_id TEXT NOT NULL, mime TEXT NOT NULL, bytes BIGINT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (id, owner_id));
CREATE TABLE shop_requests ( id TEXT PRIMARY KEY, user_id TEXT NOT NULL, shop_name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', documents TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'pending', reason TEXT NOT NULL DEFAULT '', decided_by TEXT NOT NULL DEFAULT '', decided_at BIGINT NOT NULL DEFAULT 0, shop_id TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL);
CREATE INDEX shop_requests_by_status ON shop_requests(status, created_at);
CREATE INDEX shop_requests_by_user ON shop_requests(user_id, status);
-- version 8
CREATE TABLE shops ( id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', logo TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, rating_total BIGINT NOT NULL DEFAULT 0, rating_count BIGINT NOT NULL DEFAULT 0);
CREATE TABLE products ( id TEXT PRIMARY KEY, shop_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '', media TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'draft', price BIGINT NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, rating_total BIGINT NOT NULL DEFAULT 0, rating_count BIGINT NOT NULL DEFAULT 0);
CREATE TABLE reviews ( id TEXT PRIMARY KEY, order_id TEXT NOT NULL, variant_id TEXT NOT NULL, product_id TEXT NOT NULL, shop_id TEXT NOT NULL, author_id TEXT NOT NULL, author_username TEXT NOT NULL DEFAULT '', stars INTEGER NOT NULL, body TEXT NOT NULL DEFAULT '', reply TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, replied_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX reviews_by_product ON reviews(product_id, created_at);
-- version 9
CREATE TABLE orders ( id TEXT PRIMARY KEY, intent_id TEXT NOT NULL, buyer_id TEXT NOT NULL, shop_id TEXT NOT NULL, status TEXT NOT NULL, currency TEXT NOT NULL, total BIGINT NOT NULL DEFAULT 0, lines TEXT NOT NULL DEFAULT '[]', payment TEXT NOT NULL DEFAULT '', tracking TEXT NOT NULL DEFAULT '', timeline TEXT NOT NULL DEFAULT '[]', created_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, seller_id TEXT NOT NULL DEFAULT '');
-- version 10
CREATE INDEX products_by_category ON products(category, price);
CREATE INDEX products_by_price ON products(status, price);
-- version 11
CREATE TABLE users ( id TEXT PRIMARY KEY, username TEXT NOT NULL, username_key TEXT NOT NULL UNIQUE, email TEXT NOT NULL, email_key TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, bio TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'user'   CHECK (role IN ('user','shop','moderator','admin')), created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, avatar TEXT NOT NULL DEFAULT '', suspended_until BIGINT NOT NULL DEFAULT 0, banned INTEGER NOT NULL DEFAULT 0, limited INTEGER NOT NULL DEFAULT 0, restriction_reason TEXT NOT NULL DEFAULT '');
CREATE TABLE posts ( id TEXT PRIMARY KEY, author_id TEXT NOT NULL, caption TEXT NOT NULL DEFAULT '', media TEXT NOT NULL DEFAULT '[]', tags TEXT NOT NULL DEFAULT '', mentions TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, edited_at BIGINT NOT NULL DEFAULT 0, like_count BIGINT NOT NULL DEFAULT 0, comment_count BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, moderation TEXT NOT NULL DEFAULT '');
CREATE TABLE comments ( id TEXT PRIMARY KEY, post_id TEXT NOT NULL, post_author_id TEXT NOT NULL, author_id TEXT NOT NULL, author_username TEXT NOT NULL DEFAULT '', parent_id TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, created_at BIGINT NOT NULL, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, moderation TEXT NOT NULL DEFAULT '');
CREATE TABLE messages ( id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, author_id TEXT NOT NULL, author_username TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', media TEXT NOT NULL DEFAULT '[]', reply_to TEXT NOT NULL DEFAULT '', seq BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, edited_at BIGINT NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, moderation TEXT NOT NULL DEFAULT '');
CREATE TABLE products ( id TEXT PRIMARY KEY, shop_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '', media TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'draft', price BIGINT NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, rating_total BIGINT NOT NULL DEFAULT 0, rating_count BIGINT NOT NULL DEFAULT 0, moderation TEXT NOT NULL DEFAULT '');
CREATE TABLE reviews ( id TEXT PRIMARY KEY, order_id TEXT NOT NULL, variant_id TEXT NOT NULL, product_id TEXT NOT NULL, shop_id TEXT NOT NULL, author_id TEXT NOT NULL, author_username TEXT NOT NULL DEFAULT '', stars INTEGER NOT NULL, body TEXT NOT NULL DEFAULT '', reply TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, replied_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, moderation TEXT NOT NULL DEFAULT '');
CREATE TABLE reports ( id TEXT PRIMARY KEY, reporter_id TEXT NOT NULL DEFAULT '', reporter_username TEXT NOT NULL DEFAULT '', target_type TEXT NOT NULL DEFAULT '', target_id TEXT NOT NULL DEFAULT '', target_owner_id TEXT NOT NULL DEFAULT '', target_owner_username TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', snapshot TEXT NOT NULL DEFAULT '{}', status TEXT NOT NULL DEFAULT 'open', decision TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, decided_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX reports_by_target ON reports(target_type, target_id, status);
CREATE INDEX reports_by_owner ON reports(target_owner_id, created_at);
CREATE INDEX reports_by_time ON reports(created_at);
CREATE INDEX reports_by_decision ON reports(decided_at);
CREATE TABLE mod_actions ( id TEXT PRIMARY KEY, actor_id TEXT NOT NULL DEFAULT '', action TEXT NOT NULL DEFAULT '', target_type TEXT NOT NULL DEFAULT '', target_id TEXT NOT NULL DEFAULT '', owner_id TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', rule TEXT NOT NULL DEFAULT '', original TEXT NOT NULL DEFAULT '{}', report_ids TEXT NOT NULL DEFAULT '[]', created_at BIGINT NOT NULL DEFAULT 0, reversed INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE strikes ( id TEXT PRIMARY KEY, user_id TEXT NOT NULL DEFAULT '', action TEXT NOT NULL DEFAULT '', action_id TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', rule TEXT NOT NULL DEFAULT '', target_type TEXT NOT NULL DEFAULT '', target_id TEXT NOT NULL DEFAULT '', excerpt TEXT NOT NULL DEFAULT '', until BIGINT NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'active', appeal TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX strikes_by_user ON strikes(user_id, created_at);
CREATE TABLE appeal_messages ( id TEXT PRIMARY KEY, strike_id TEXT NOT NULL DEFAULT '', user_id TEXT NOT NULL DEFAULT '', from_moderator INTEGER NOT NULL DEFAULT 0, body TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE activity_days ( day BIGINT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (day, user_id));
CREATE INDEX users_by_time ON users(created_at);
CREATE INDEX users_by_role ON users(role);
CREATE INDEX messages_by_time ON messages(created_at);
CREATE INDEX messages_by_author ON messages(author_id, created_at);
CREATE INDEX conversations_by_creator ON conversations(created_by, created_at);
CREATE INDEX orders_by_time ON orders(created_at);
CREATE INDEX audit_log_by_time ON audit_log(at);
CREATE INDEX audit_log_by_actor ON audit_log(actor_id, at);
-- version 12
CREATE INDEX sync_rows_by_row ON sync_rows(tbl, row_id);
