"""What hot-instructions.py and hot-lines.py share: a JVM run under perf, and its printed code."""
import re
import subprocess

CODE = re.compile(r"^\s+0x([0-9a-f]+): ((?:[0-9a-f]{2,8}(?: \| | |$))+)\s*$")


def record(command, jvm_flags, tmp):
    """Runs a java command line under perf's software clock (no hardware counters on these
    machines) with jvm_flags added; returns the paths of the perf data and of what it printed."""
    data, printed = f"{tmp}/perf.data", f"{tmp}/printed.txt"
    jvm = [command[0], "-XX:+UnlockDiagnosticVMOptions", *jvm_flags, *command[1:]]
    with open(printed, "w") as out:
        subprocess.run(["perf", "record", "-q", "-e", "cpu-clock", "-F", "2999", "-o", data]
                       + jvm, stdout=out, check=True)
    return data, printed


def printed_lines(printed):
    """The lines the JVM printed, as text. It prints string constants byte for byte, not always
    as UTF-8 (a Latin-1 no-break space stopped a decoder), so bytes that do not decode are
    replaced."""
    with open(printed, errors="replace") as lines:
        yield from lines


def samples(data, fields):
    """The recorded samples, a line each with the perf script fields asked for ("tid,ip")."""
    return subprocess.run(["perf", "script", "-i", data, "-F", fields], capture_output=True,
                          text=True, check=True).stdout.split("\n")


def code_line(line):
    """The address and bytes of a line of machine code the JVM printed as hex, or None."""
    m = CODE.match(line)
    if not m:
        return None
    return int(m.group(1), 16), bytes.fromhex(re.sub(r"[^0-9a-f]", "", m.group(2)))
