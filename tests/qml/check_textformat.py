#!/usr/bin/env python3
"""Fails when QML under qml/ could render user text as rich text (docs/decisions/0013).

Qt renders `Text.AutoText` (the default of Text, Label, ToolTip, CheckBox and of the label
inside Button, ItemDelegate, TabButton, MenuItem, ComboBox's popup and Dialog's title) as
HTML whenever the text looks like markup, and `<img src="http://...">` then fetches a URL of
the sender's choosing. The rules, checked per object block (comments and strings skipped):

 1. `RichText`, `AutoText` and `MarkdownText` are never used.
 2. Every Text, Label, TextEdit and TextArea (and every component based on one that does not
    set it itself) sets `textFormat:`, unless its `text:` is literal (see below).
 3. `textFormat` is PlainText; StyledText only when the text is literal (translated markup,
    e.g. a link) or is `TextLinks.styled(...)`, the C++ escaper that makes user text safe.
 4. Controls whose own label is AutoText (Button, ItemDelegate, TabButton, MenuItem, CheckBox,
    ToolTip, ...) show only literal `text:` unless they replace `contentItem:`; a Dialog or
    GroupBox shows only a literal `title:` unless it replaces `header:`/`label:`; a ComboBox
    with a non-literal `model:` sets `delegate:`; `ToolTip.text:` is literal.

"Literal" means: string literals and qsTr("...") calls (a plural count argument is a number),
joined by `+`, possibly chosen by a `cond ? a : b`. Anything else, such as `.arg(x)`, is data.
A binding that is data but can never hold user text (a count, our own translated names) may say
so on its line with a `// trusted-text: <why>` comment, which review can see and question.

  tests/qml/check_textformat.py [qml-dir]
"""
import os
import re
import sys

TEXT_TYPES = {"Text", "Label", "TextEdit", "TextArea"}
CONTROL_TYPES = {"Button", "ToolButton", "RoundButton", "DelayButton", "TabButton",
                 "ItemDelegate", "MenuItem", "MenuBarItem", "CheckBox", "CheckDelegate",
                 "RadioButton", "RadioDelegate", "Switch", "SwitchDelegate", "SwipeDelegate",
                 "ToolTip"}
TITLED_TYPES = {"Dialog": "header", "GroupBox": "label"}
FORBIDDEN = re.compile(r"\b(RichText|AutoText|MarkdownText)\b")


def mask(src):
    """The source with comments blanked and string contents replaced by '_' (same offsets)."""
    out = list(src)
    i, n = 0, len(src)
    while i < n:
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out[i:j] = " " * (j - i)
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i) + 2
            out[i:j] = [c if c == "\n" else " " for c in src[i:j]]
            i = j
        elif src[i] in "\"'`":
            q, j = src[i], i + 1
            while j < n and src[j] != q:
                j += 2 if src[j] == "\\" else 1
            out[i + 1:j] = "_" * (j - i - 1)
            i = j + 1
        else:
            i += 1
    return "".join(out)


def split_top(expr, sep):
    """Splits at `sep` outside brackets."""
    parts, depth, last = [], 0, 0
    for k, c in enumerate(expr):
        depth += c in "([{"
        depth -= c in ")]}"
        if depth == 0 and c == sep:
            parts.append(expr[last:k])
            last = k + 1
    return parts + [expr[last:]]


QSTR = r'_*'  # a masked string's contents
LITERAL_TERM = re.compile(
    r'\s*(?:(["\'`])' + QSTR + r'\1|qsTr\(\s*"' + QSTR + r'"\s*(?:,\s*"' + QSTR +
    r'"\s*(?:,\s*[\w.()\s+-]+)?)?\))\s*$')


def is_literal(expr):
    """`expr` is masked. Literal terms joined by + , chosen by ?: (the condition is not shown)."""
    expr = expr.strip()
    while expr.startswith("(") and expr.endswith(")") and len(split_top(expr[1:-1], ")")) == 1:
        expr = expr[1:-1].strip()
    q = split_top(expr, "?")
    if len(q) == 2:
        branches = split_top(q[1], ":")
        return len(branches) == 2 and all(is_literal(b) for b in branches)
    if len(q) > 2:
        return False
    return bool(expr) and all(LITERAL_TERM.match(t) for t in split_top(expr, "+"))


def literal_list(expr):
    """`expr` is masked: an array of literals."""
    expr = expr.strip()
    return (expr.startswith("[") and expr.endswith("]")
            and all(is_literal(e) for e in split_top(expr[1:-1], ",") if e.strip()))


class Block:
    def __init__(self, type_, start, body_start, end):
        self.type, self.start, self.body_start, self.end = type_, start, body_start, end
        self.props = {}  # name -> (masked value, original line)


def blocks(masked, src):
    """Object blocks `Type {` (and `component Name: Type {`) with their depth-1 properties."""
    found = []
    for m in re.finditer(r"(?:\bcomponent\s+(\w+)\s*:\s*)?\b([A-Z][\w.]*)\s*\{", masked):
        depth, i = 1, m.end()
        while depth and i < len(masked):
            depth += masked[i] == "{"
            depth -= masked[i] == "}"
            i += 1
        b = Block(m.group(2).split(".")[-1], m.start(), m.end(), i - 1)
        b.component = m.group(1)
        # depth-1 text of the body, with nested blocks blanked
        flat, d = [], 0
        for k in range(b.body_start, b.end):
            c = masked[k]
            if c == "{":
                d += 1
            flat.append(c if d == 0 else " ")
            if c == "}":
                d -= 1
        flat = "".join(flat)
        for pm in re.finditer(r"(?:^|[;{\n])\s*([\w.]+)\s*:(?!:)", flat):
            name = pm.group(1)
            vstart = b.body_start + pm.end()
            # the value runs to the end of the statement: a newline or ; at bracket depth 0
            d, k = 0, vstart
            while k < b.end:
                c = masked[k]
                d += c in "([{"
                d -= c in ")]}"
                if d < 0 or (d == 0 and c in "\n;" and masked[vstart:k].strip()
                             and not masked[vstart:k].rstrip().endswith(("?", ":", "+", "(", ","))
                             and not masked[k:].lstrip().startswith(("?", ":", "+", "."))):
                    break
                k += 1
            line_end = src.find("\n", vstart)
            line = src[src.rfind("\n", 0, vstart) + 1:line_end if line_end >= 0 else None]
            b.props[name] = (masked[vstart:k], line)
        found.append(b)
    return found


def trusted(line):
    return re.search(r"//\s*trusted-text:\s*\S", line) is not None


def check(qml_dir):
    files = {}
    for root, _, names in os.walk(qml_dir):
        for name in sorted(names):
            if name.endswith(".qml"):
                path = os.path.join(root, name)
                src = open(path, encoding="utf-8").read()
                masked = mask(src)
                files[path] = (src, masked, blocks(masked, src))
    # Types defined here (files and inline components): name -> root block.
    defs = {}
    for path, (_, _, bs) in files.items():
        if bs:
            defs[os.path.basename(path)[:-4]] = bs[0]
        for b in bs:
            if b.component:
                defs[b.component] = b

    def kind(b, seen=()):
        """('text'|'control'|'titled'|'combo'|None, handled by the definition?)"""
        if b.type in TEXT_TYPES:
            return "text", False
        if b.type in CONTROL_TYPES:
            return "control", False
        if b.type in TITLED_TYPES:
            return "titled", False
        if b.type == "ComboBox":
            return "combo", False
        d = defs.get(b.type)
        if d is None or d is b or b.type in seen:
            return None, False
        k, handled = kind(d, seen + (b.type,))
        own = {"text": "textFormat", "control": "contentItem", "combo": "delegate",
               "titled": TITLED_TYPES.get(d.type, "header")}.get(k)
        return k, handled or (own in d.props)

    errors = []
    for path, (src, masked, bs) in sorted(files.items()):
        rel = os.path.relpath(path, qml_dir)

        def err(pos, what):
            errors.append(f"{rel}:{src.count(chr(10), 0, pos) + 1}: {what}")

        for m in FORBIDDEN.finditer(masked):
            err(m.start(), f"{m.group(1)} renders markup; use PlainText (rule 1)")
        for b in bs:
            k, handled = kind(b)
            text = b.props.get("text")
            literal_text = text is not None and (is_literal(text[0]) or trusted(text[1]))
            tt = b.props.get("ToolTip.text")
            if tt and not (is_literal(tt[0]) or trusted(tt[1])):
                err(b.start, "ToolTip.text shows data as AutoText (rule 4)")
            if k == "text":
                fmt = b.props.get("textFormat")
                if fmt is None:
                    if not handled and not literal_text:
                        err(b.start, f"{b.type} shows data without textFormat (rule 2)")
                    continue
                value = fmt[0].strip()
                if value in ("Text.PlainText", "TextEdit.PlainText"):
                    continue
                styled_ok = text is not None and (
                    is_literal(text[0]) or text[0].strip().startswith("TextLinks.styled("))
                if value in ("Text.StyledText", "TextEdit.StyledText") and styled_ok:
                    continue
                err(b.start, f"{b.type} textFormat {value}: only PlainText, or StyledText of "
                             "literal text or TextLinks.styled() (rule 3)")
            elif k == "control" and not handled:
                if text is not None and not literal_text and "contentItem" not in b.props:
                    err(b.start, f"{b.type} shows data in its AutoText label; set a plain "
                                 "contentItem (rule 4)")
            elif k == "titled" and not handled:
                title = b.props.get("title")
                own = TITLED_TYPES[defs[b.type].type if b.type in defs else b.type]
                if title and not (is_literal(title[0]) or trusted(title[1])) and own not in b.props:
                    err(b.start, f"{b.type} shows data in its AutoText title; set {own} (rule 4)")
            elif k == "combo" and not handled:
                model = b.props.get("model")
                if (model and not literal_list(model[0]) and not trusted(model[1])
                        and "delegate" not in b.props):
                    err(b.start, "ComboBox shows a data model in AutoText items; set a delegate "
                                 "(rule 4)")
    return errors


# The checker's own test: each sample must be flagged (the bad) or pass (the good).
SAMPLES = {
    "BadLabel.qml": ('Item { QQC2.Label { text: model.body } }', 1),
    "BadText.qml": ('Item { Text {\n text: "@" + user.name\n } }', 1),
    "BadArg.qml": ('Item { Label { text: qsTr("Hi %1").arg(name) } }', 1),
    "BadRich.qml": ('Item { Text { textFormat: Text.RichText; text: body } }', 2),
    "BadAuto.qml": ('Item { Text { text: qsTr("x"); textFormat: Text.AutoText } }', 2),
    "BadStyled.qml": ('Item { Text { textFormat: Text.StyledText; text: body } }', 1),
    "BadButton.qml": ('Item { QQC2.Button { text: shop.name } }', 1),
    "BadDelegate.qml": ('Item { ItemDelegate {\n text: modelData.title\n } }', 1),
    "BadTip.qml": ('Item { Button { ToolTip.text: user.bio } }', 1),
    "BadDialog.qml": ('Item { Dialog { title: qsTr("Block %1").arg(name) } }', 1),
    "BadCombo.qml": ('Item { ComboBox { model: users.map(u => u.name) } }', 1),
    "BadComponent.qml": ('Item { component Row: ItemDelegate { }\n Row { text: x } }', 1),
    "BadTextArea.qml": ('Item { TextArea { text: body } }', 1),
    "GoodLiteral.qml": ('Item { Label { text: qsTr("Hello") }\n Button { text: a ? qsTr("A") : '
                        'qsTr("B") }\n Label { text: qsTr("%n days", "", n) } }', 0),
    "GoodPlain.qml": ('Item { Label { textFormat: Text.PlainText; text: model.body }\n'
                      ' Button { text: shop.name; contentItem: Label { text: "x" } } }', 0),
    "GoodLinks.qml": ('Item { Label { textFormat: Text.StyledText; text: TextLinks.styled(b) }\n'
                      ' Label { textFormat: Text.StyledText; text: "<a href=\\"#\\">" + qsTr("R")'
                      ' + "</a>" } }', 0),
    "GoodTrusted.qml": ('Item { TabButton { text: qsTr("Cart (%1)").arg(n) // trusted-text: a '
                        'count\n } }', 0),
    "GoodComment.qml": ('Item { // Label { text: x }\n Label { text: qsTr("{ Label { text: y }") } }',
                        0),
}


def self_test():
    import tempfile
    failed = False
    with tempfile.TemporaryDirectory() as d:
        for name, (src, _) in SAMPLES.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(src)
        errors = check(d)
        for name, (_, expected) in SAMPLES.items():
            got = [e for e in errors if e.startswith(name + ":")]
            if len(got) != expected:
                print(f"self-test: {name}: expected {expected} finding(s), got {got}")
                failed = True
    return not failed


def main():
    if not self_test():
        print("the checker itself is broken")
        return 2
    qml_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "qml")
    errors = check(qml_dir)
    for e in errors:
        print(e)
    print(f"{len(errors)} place(s) could render user text as rich text" if errors
          else "all QML text is plain")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
