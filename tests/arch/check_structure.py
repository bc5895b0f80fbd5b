#!/usr/bin/env python3
"""Structure rules of docs/architecture.md that a compiler alone would not catch.

1. Screens (src/ui) and the executables (app/) talk to services only: no storage, hub-sync or
   SISDMK-engine header is included there (mt_services links those layers PRIVATE, so such an include
   would also fail to compile; this names the file and line instead).
2. No source file over 600 lines; no class with more than 25 public methods (split it by meaning).
3. The layer table in docs/architecture.md (between the layers:begin/end markers) is what CMake
   builds: each mt_add_layer's PUBLIC and PRIVATE mt_* dependencies.
Exits 1 and prints every violation; prints a summary line either way.
"""
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..')
FORBIDDEN = re.compile(r'^\s*#\s*include\s+"(storage|hubsync|sisdmk)/')
MAX_LINES = 600
MAX_PUBLIC_METHODS = 25
SOURCE_DIRS = ['src', 'app', 'tests', 'tools', 'bench']
EXT = ('.cpp', '.h')


def sources(dirs):
    for d in dirs:
        for base, _, files in os.walk(os.path.join(ROOT, d)):
            if '/build' in base:
                continue
            for f in files:
                if f.endswith(EXT):
                    yield os.path.join(base, f)


def public_methods(text):
    """(class name, count of public member functions) for each class in a header (approximate)."""
    out = []
    for m in re.finditer(r'\n(class|struct)\s+(\w+)(\s+final)?\s*(:[^{;]*)?\{', text):
        kind, name = m.group(1), m.group(2)
        depth, i, start = 1, m.end(), m.end()
        while i < len(text) and depth:
            depth += {'{': 1, '}': -1}.get(text[i], 0)
            i += 1
        body = text[start:i - 1]
        public = kind == 'struct'
        count, nest = 0, 0
        for line in body.split('\n'):
            s = line.strip()
            if nest == 0:
                if re.match(r'^(public|Q_SIGNALS|signals|public\s+slots)\s*:', s):
                    public = not s.startswith(('signals', 'Q_SIGNALS'))
                    continue
                if re.match(r'^(private|protected)(\s+slots)?\s*:', s):
                    public = False
                    continue
                if public and re.match(r'^(static\s+|virtual\s+|explicit\s+|inline\s+)*[\w:<>,\s\*&~]*\b(\w+|operator\S+)\s*\(', s) \
                        and not s.startswith(('return', 'Q_', '//', 'using', 'friend', 'enum')) and '=' not in s.split('(')[0]:
                    fname = re.search(r'(~?\w+|operator\S+)\s*\(', s).group(1)
                    if fname != name and not fname.startswith('~') and 'delete' not in s:
                        count += 1
            nest += s.count('{') - s.count('}')
            nest = max(nest, 0)
        out.append((name, count))
    return out


def cmake_layers():
    """{library: (public mt_* deps, private mt_* deps)} from every mt_add_layer call under src/."""
    layers = {}
    for base, _, files in os.walk(os.path.join(ROOT, 'src')):
        if 'CMakeLists.txt' not in files:
            continue
        with open(os.path.join(base, 'CMakeLists.txt'), encoding='utf-8') as f:
            text = re.sub(r'#[^\n]*', '', f.read())
        for m in re.finditer(r'mt_add_layer\((.*?)\)', text, re.S):
            words = m.group(1).split()
            name, section, deps = words[0], None, {'PUBLIC_DEPS': set(), 'PRIVATE_DEPS': set()}
            for w in words[1:]:
                if w in ('SOURCES', 'PUBLIC_DEPS', 'PRIVATE_DEPS'):
                    section = w
                elif section in deps and w.startswith('mt_'):
                    deps[section].add(w)
            layers[name] = (deps['PUBLIC_DEPS'], deps['PRIVATE_DEPS'])
    return layers


def documented_layers():
    with open(os.path.join(ROOT, 'docs', 'architecture.md'), encoding='utf-8') as f:
        text = f.read()
    m = re.search(r'<!-- layers:begin.*?-->(.*?)<!-- layers:end -->', text, re.S)
    if not m:
        return None
    layers = {}
    for line in m.group(1).split('\n'):
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) < 3 or not cells[0].startswith('`mt_'):
            continue
        deps = lambda cell: {d.strip() for d in cell.split(',') if d.strip().startswith('mt_')}
        layers[cells[0].strip('`')] = (deps(cells[1]), deps(cells[2]))
    return layers


def main():
    problems = []
    documented, built = documented_layers(), cmake_layers()
    if documented is None:
        problems.append('docs/architecture.md: no layers:begin/end table')
    else:
        for name in sorted(set(documented) | set(built)):
            if documented.get(name) != built.get(name):
                problems.append(f'docs/architecture.md: layer {name} documented as {documented.get(name)}, '
                                f'CMake builds {built.get(name)}')
    checked = 0
    for path in sources(['src/ui', 'app']):
        with open(path, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                if FORBIDDEN.match(line):
                    problems.append(f'{os.path.relpath(path, ROOT)}:{n}: includes a lower layer: {line.strip()}')
    for path in sources(SOURCE_DIRS):
        checked += 1
        with open(path, encoding='utf-8') as f:
            text = f.read()
        lines = text.count('\n')
        if lines > MAX_LINES:
            problems.append(f'{os.path.relpath(path, ROOT)}: {lines} lines (limit {MAX_LINES}): split it by meaning')
        if path.endswith('.h') and '/tests/' not in path:
            for name, count in public_methods(text):
                if count > MAX_PUBLIC_METHODS:
                    problems.append(f'{os.path.relpath(path, ROOT)}: class {name} has {count} public methods '
                                    f'(limit {MAX_PUBLIC_METHODS}): it is two capabilities')
    for p in problems:
        print(p)
    print(f'structure: {checked} files checked, {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
