#!/usr/bin/env python3
"""Where one JIT-compiled Java method spends its time, instruction by instruction.

JFR names lines, and in a method that C2 has inlined a great deal into, it names them loosely. This
runs a JVM command under `perf record` (software clock: no hardware counters on these machines)
with -XX:CompileCommand=print for the method, disassembles the method's last C2 compilation with
objdump, and prints its hottest instructions with the code around them. It shows what the
compiler made of a loop: which values stayed in registers and which went to the stack.

    benchmarks/hot-instructions.py 'io.github.communique.text.TextWriter::simpleRun' -- \
        java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
        io.github.communique.benchmarks.twobuilds.PairedTime text large 15 \
        core/target/communique-core-0.1.0-SNAPSHOT.jar

Needs perf (Debian: linux-perf) and objdump (binutils). It reads the code the JVM prints as hex
when no hsdis disassembler is installed (the usual case: OpenJDK ships none).
"""
import bisect
import collections
import re
import subprocess
import sys
import tempfile

import perfjvm


def main(args):
    if len(args) < 3 or args[1] != "--":
        sys.exit(__doc__)
    method, command = args[0], args[2:]
    with tempfile.TemporaryDirectory() as tmp:
        data, asm = perfjvm.record(
            command, ["-XX:CompileCommand=quiet", f"-XX:CompileCommand=print,{method}"], tmp)
        lines = [line.rstrip("\n") for line in perfjvm.printed_lines(asm)]
        start, code = last_c2_code(lines, method)
        samples = collections.Counter(
            int(ip, 16) for ip in perfjvm.samples(data, "ip") if ip.strip())
        with open(f"{tmp}/code.bin", "wb") as f:
            f.write(code)
        listing = subprocess.run(
            ["objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel",
             f"--adjust-vma={hex(start)}", f"{tmp}/code.bin"],
            capture_output=True, text=True, check=True).stdout
    rows = []
    for line in listing.split("\n"):
        m = re.match(r"\s*([0-9a-f]+):\s", line)
        if m:
            rows.append((int(m.group(1), 16), line.strip()))
    starts = [a for a, _ in rows]
    hits = collections.Counter()
    for ip, n in samples.items():
        if start <= ip < start + len(code):
            hits[bisect.bisect_right(starts, ip) - 1] += n
    total, inside = sum(samples.values()), sum(hits.values())
    print(f"{method}: {inside} of {total} samples ({100 * inside / max(total, 1):.1f} %)")
    shown = set()
    for i, _ in hits.most_common(4):
        if i in shown:
            continue
        print()
        for j in range(max(0, i - 20), min(len(rows), i + 12)):
            shown.add(j)
            print(f"{hits.get(j, 0):6d}  {rows[j][1]}")


def last_c2_code(lines, method):
    """The start address and bytes of the method's last C2 compilation in the JVM's output."""
    header = [i for i, l in enumerate(lines) if "Compiled method (c2)" in l]
    if not header:
        sys.exit(f"no C2 compilation of {method}: did the command run long enough?")
    start, code = None, bytearray()
    for line in lines[header[-1]:]:
        printed = perfjvm.code_line(line)
        if printed is None:
            continue
        address, more = printed
        if start is None:
            start = address
        if address != start + len(code):
            break  # the stubs after the method's code
        code += more
    if not code:
        sys.exit(f"no machine code of {method} in the JVM's output: is an hsdis library installed?")
    return start, bytes(code)


if __name__ == "__main__":
    main(sys.argv[1:])
