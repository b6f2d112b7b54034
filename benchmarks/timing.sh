# Sourced by benchmarks/cli.sh and benchmarks/compare.sh: how a whole process is timed, and the JVM floor.

# One run: "WALL CPU" in milliseconds, CPU being user + system time of the process and its children (less
# sensitive than wall time to other work on a busy machine, but blind to what runs in parallel).
TIMEFORMAT='%R %U %S'
measure() { { time "$@" >/dev/null 2>&1 || true; } 2>&1 | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'; }

# The median of column $2 (1: wall, 2: CPU) of the runs in file $1.
median() { cut -d ' ' -f "$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Compiles the floor, a class whose main does nothing, into folder $1 with the javac of JAVA_HOME or the PATH.
empty_main() {
  printf 'public class Empty { public static void main(String[] a) {} }\n' > "$1/Empty.java"
  "${JAVA_HOME:+$JAVA_HOME/bin/}javac" --release 17 -d "$1" "$1/Empty.java"
}

# Waits until the start-up archive that a first run began training in the background is in cache folder $1 (no
# training lock left), so that what is measured next runs with it and does not share the machine with training.
await_archive() {
  for _ in $(seq 1500); do
    if ! ls -d "$1"/*.training >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "timing.sh: the archive in $1 is still training after 5 minutes" >&2
  return 1
}
