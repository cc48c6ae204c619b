#!/usr/bin/env python3
"""Lists Swift functions, initializers and closures-with-bodies longer than a limit (default 80 lines).

Usage: long_functions.py [--limit N] [--allow FILE] DIR...
A function's length counts its lines from the declaration to its closing brace. Strings and comments are
skipped when matching braces. Lines of --allow (`path:function`) are exempt (parsers' state machines);
exit status 1 when any other function is too long.
"""
import re
import sys
from pathlib import Path

DECL = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|open|static|class|'
                  r'final|override|mutating|nonmutating|nonisolated|convenience|required|@inlinable|@usableFromInline)\s+)*'
                  r'(func\s+[^\s(<]+|init[?!]?|deinit|subscript)\b')


def strip(line, state):
    """Removes string and comment contents; `state` carries an open block comment or multi-line string."""
    out = []
    i = 0
    while i < len(line):
        if state['block']:
            j = line.find('*/', i)
            if j < 0:
                return ''.join(out)
            state['block'] = False
            i = j + 2
            continue
        if state['multi']:
            j = line.find('"""', i)
            if j < 0:
                return ''.join(out)
            state['multi'] = False
            i = j + 3
            continue
        c = line[i]
        if line.startswith('//', i):
            break
        if line.startswith('/*', i):
            state['block'] = True
            i += 2
            continue
        if line.startswith('"""', i):
            state['multi'] = True
            i += 3
            continue
        if c == '"':
            i += 1
            while i < len(line) and line[i] != '"':
                i += 2 if line[i] == '\\' else 1
            i += 1
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def functions(path):
    lines = path.read_text(encoding='utf-8', errors='replace').split('\n')
    state = {'block': False, 'multi': False}
    code = [strip(l, state) for l in lines]
    for start, line in enumerate(code):
        m = DECL.match(line)
        if not m:
            continue
        depth = 0
        opened = False
        for end in range(start, len(code)):
            for ch in code[end]:
                if ch == '{':
                    depth += 1
                    opened = True
                elif ch == '}':
                    depth -= 1
            if opened and depth <= 0:
                yield m.group(1).replace('func ', ''), start + 1, end - start + 1
                break
            if not opened and end > start and code[end].strip() == '' and '{' not in ''.join(code[start:end]):
                break  # a protocol requirement


def main(argv):
    limit = 80
    allow = set()
    dirs = []
    i = 0
    while i < len(argv):
        if argv[i] == '--limit':
            limit = int(argv[i + 1]); i += 2
        elif argv[i] == '--allow':
            allow = {l.strip() for l in Path(argv[i + 1]).read_text().splitlines() if l.strip() and not l.startswith('#')}
            i += 2
        else:
            dirs.append(argv[i]); i += 1
    bad = 0
    for d in dirs or ['Sources']:
        for path in sorted(Path(d).rglob('*.swift')):
            for name, line, length in functions(path):
                if length > limit:
                    key = f'{path}:{name}'
                    tag = ' (allowed: parser state machine)' if key in allow else ''
                    print(f'{path}:{line}: {name} is {length} lines{tag}')
                    bad += 0 if tag else 1
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
