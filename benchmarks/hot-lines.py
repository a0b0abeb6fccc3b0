#!/usr/bin/env python3
"""Where a Java program spends its time, by the source line C2 inlined the instruction from.

JFR resolves a sample to the nearest debug record C2 kept (by default only at calls and
safepoints), so it often names a neighbouring line or the caller; a method-level profile hides
which inlined callee costs what. This runs a JVM command under `perf record` (software clock: no
hardware counters on these machines) with -XX:+PrintAssembly, whose debug records
(DebugNonSafepoints) map every instruction of every compiled method to its innermost inlined
source line, and -XX:+PrintStubCode, which names the JVM's own routines (the arraycopy stubs that
System.arraycopy and String.getChars call). It then puts each sample of the busiest thread on its
compiled method, on its innermost source line, or on the stub it fell in.

    benchmarks/hot-lines.py -- java -Xms4g -Xmx4g -XX:+AlwaysPreTouch \\
        -cp benchmarks/target/benchmarks.jar \\
        io.github.communique.benchmarks.twobuilds.PairedTime text large 15 \\
        core/target/communique-core-0.1.0-SNAPSHOT.jar

A sample lands a few instructions after the one that stalled (a cache miss shows on the next
line that uses the value). Needs perf (Debian: linux-perf); no hsdis disassembler.
"""
import bisect
import collections
import re
import sys
import tempfile

import perfjvm

HEADER = re.compile(r"^Compiled method \((c[12])\).*?(\S+::\S+)")
RECORD = re.compile(r"^\s+0x([0-9a-f]+): ;")
FRAME = re.compile(r"^\s+; - (\S+)@\d+ \(line (\d+)\)")
STUB = re.compile(r"^(StubRoutines::\S+|\S+) \[0x([0-9a-f]+), 0x([0-9a-f]+)\]")
SHOWN = 30


class Compilation:
    def __init__(self, name):
        self.name, self.start, self.size, self.lines = name, None, 0, []

    def code(self, address, length):
        if self.start is None:
            self.start = address
        if address == self.start + self.size:  # the stubs after the code are not part of it
            self.size += length


def main(args):
    if len(args) < 2 or args[0] != "--":
        sys.exit(__doc__)
    command = args[1:]
    with tempfile.TemporaryDirectory() as tmp:
        data, asm = perfjvm.record(command, ["-XX:+PrintAssembly", "-XX:+PrintStubCode"], tmp)
        compilations, stubs = read_code(asm)
        samples = perfjvm.samples(data, "tid,ip,sym")
    per_thread = collections.defaultdict(list)
    for line in samples:
        fields = line.split(None, 2)
        if len(fields) >= 2:
            per_thread[fields[0]].append((int(fields[1], 16), fields[2] if len(fields) > 2 else ""))
    busiest = max(per_thread.values(), key=len)
    starts = [c.start for c in compilations]
    stubs.sort()
    stub_starts = [s[0] for s in stubs]
    methods, lines = collections.Counter(), collections.Counter()
    for ip, symbol in busiest:
        c = find(compilations, starts, ip, lambda c: c.start + c.size)
        if c is not None:
            methods[f"{c.name} ({c.kind})"] += 1
            records = [a for a, _ in c.lines]
            k = bisect.bisect_right(records, ip) - 1
            lines[c.lines[k][1] if k >= 0 else c.name + " (entry)"] += 1
            continue
        s = find(stubs, stub_starts, ip, lambda s: s[1])
        if s is not None:
            name = s[2]
        elif symbol.strip() in ("", "[unknown]"):
            name = "other generated code (interpreter, vtable and itable stubs)"
        else:
            name = "native " + symbol.strip()
        methods[name] += 1
        lines[name] += 1
    total = len(busiest)
    print(f"busiest thread: {total} samples of {sum(map(len, per_thread.values()))}")
    for title, counts in (("compiled method, with what it inlined", methods),
                          ("innermost source line", lines)):
        print(f"\nby {title}:")
        for name, n in counts.most_common(SHOWN):
            print(f"{100 * n / total:6.1f} %  {name}")


def read_code(asm):
    """The compiled methods, with their source lines, and the stubs in the JVM's output."""
    compilations, stubs = [], []
    current, record = None, None
    for line in perfjvm.printed_lines(asm):
        m = HEADER.match(line)
        if m:
            current = Compilation(m.group(2))
            current.kind = m.group(1)
            compilations.append(current)
            continue
        m = STUB.match(line)
        if m:
            stubs.append((int(m.group(2), 16), int(m.group(3), 16), m.group(1)))
            continue
        if current is None:
            continue
        printed = perfjvm.code_line(line)
        if printed is not None:
            current.code(printed[0], len(printed[1]))
            record = None
            continue
        m = RECORD.match(line)
        if m:
            record = int(m.group(1), 16)
            continue
        m = FRAME.match(line)
        if m and record is not None:  # the first frame listed is the innermost
            current.lines.append((record, f"{m.group(1)}:{m.group(2)}"))
            record = None
    return latest(c for c in compilations if c.start is not None), stubs


def latest(compilations):
    """The compilations by address, each dropped where a later one reuses its code space."""
    kept = []
    for c in sorted(enumerate(compilations), key=lambda ic: ic[1].start):
        if kept and c[1].start < kept[-1][1].start + kept[-1][1].size:
            if c[0] < kept[-1][0]:
                continue
            kept.pop()
        kept.append(c)
    return [c for _, c in kept]


def find(items, starts, ip, end):
    """The item whose range holds ip, from items sorted by start, or None."""
    k = bisect.bisect_right(starts, ip) - 1
    return items[k] if k >= 0 and ip < end(items[k]) else None


if __name__ == "__main__":
    main(sys.argv[1:])
