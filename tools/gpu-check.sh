#!/usr/bin/env bash
# Checks carbon4j's GPU energy against an independent reading of the NVML energy counter.
#
#   tools/gpu-check.sh prepare [DIR]   here: builds the samples uber-jar and a jlink'd Java runtime into DIR
#   tools/gpu-check.sh run [DIR]       on a machine with an NVIDIA GPU, PyTorch and nvidia-smi (Java optional)
#
# run: a PyTorch matrix-product loop loads GPU 0 in a separate process; GpuCheck logs steps with carbon4j
# for SECONDS_TO_MEASURE (default 25) and prints its interval and GPU energy; meanwhile nvidia-smi samples
# total_energy_consumption every 50 ms (drivers whose nvidia-smi lacks that field, e.g. 580, are read
# through NVML's C API from Python instead). The counter is interpolated at the interval's bounds, and
# both figures and their ratio are printed. DIR defaults to target/gpucheck (under the build directory).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
dir=${2:-${CARBON4J_BUILD_DIR:-target}/gpucheck}
seconds=${SECONDS_TO_MEASURE:-25}

if [ "$mode" = prepare ]; then
  build=${CARBON4J_BUILD_DIR:-target}
  ./mvnw -B -q -Dcarbon4j.build.dir="$build" -pl samples -am package -DskipTests
  rm -rf "$dir" && mkdir -p "$dir"
  cp "samples/$build/benchmarks.jar" "$dir/"
  # modules: jdeps --print-module-deps on the uber-jar
  "${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/jlink" \
    --add-modules java.base,java.desktop,java.sql,jdk.management,jdk.unsupported \
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$dir/jre"
  du -sh "$dir"
  exit 0
fi

java=java
[ -x "$dir/jre/bin/java" ] && java="$dir/jre/bin/java"
work=$(mktemp -d)
export TZ=UTC
nvidia-smi -L
nvidia-smi --version | head -3 || true; nvidia-smi --help-query-gpu | grep -i -A1 'energy' || true

python3 - "$work/ready" $((seconds + 40)) > "$work/torch.log" 2>&1 <<'PY' &
import sys, time, torch
a = torch.randn(8192, 8192, device="cuda"); b = torch.randn(8192, 8192, device="cuda")
(a @ b).sum().item(); open(sys.argv[1], "w").close()
end = time.time() + float(sys.argv[2])
while time.time() < end:
    for _ in range(20): c = a @ b
    torch.cuda.synchronize()
PY
load=$!
for _ in $(seq 120); do [ -e "$work/ready" ] && break; sleep 0.5; done
[ -e "$work/ready" ] || { echo "the PyTorch load did not start:"; cat "$work/torch.log"; exit 1; }
sleep 3   # let clocks and power settle under load

if nvidia-smi -i 0 --query-gpu=total_energy_consumption --format=csv,noheader >/dev/null 2>&1; then
  nvidia-smi -i 0 --query-gpu=timestamp,total_energy_consumption,power.draw --format=csv,noheader,nounits -lms 50 \
    > "$work/smi.csv" &
else
  # This nvidia-smi cannot query the counter: read it through NVML's C API from Python (as pynvml does).
  echo "nvidia-smi lacks total_energy_consumption; sampling nvmlDeviceGetTotalEnergyConsumption via ctypes"
  python3 - "$work/smi.csv" <<'PY' &
import ctypes, sys, time
nvml = ctypes.CDLL("libnvidia-ml.so.1")
handle, energy, power = ctypes.c_void_p(), ctypes.c_ulonglong(), ctypes.c_uint()
assert nvml.nvmlInit_v2() == 0 and nvml.nvmlDeviceGetHandleByIndex_v2(0, ctypes.byref(handle)) == 0
out = open(sys.argv[1], "w", buffering=1)
while True:
    t = time.time()
    assert nvml.nvmlDeviceGetTotalEnergyConsumption(handle, ctypes.byref(energy)) == 0
    nvml.nvmlDeviceGetPowerUsage(handle, ctypes.byref(power))
    out.write(f"{t:.4f}, {energy.value}, {power.value / 1000:.2f}\n")
    time.sleep(0.05)
PY
fi
smi=$!
sleep 1
# Machine scope: the load runs in a process of its own, which process scope (the JVM and its children) leaves out.
"$java" -Dcarbon4j.gpu.devices=0 -Dcarbon4j.scope=machine -cp "$dir/benchmarks.jar" io.github.carbon4j.samples.gpu.GpuCheck "$seconds" 5 \
  | tee "$work/java.log"
sleep 1
kill "$smi" "$load" 2>/dev/null || true
wait 2>/dev/null || true
echo "nvidia-smi: $(wc -l < "$work/smi.csv") lines, first: $(head -1 "$work/smi.csv")"

python3 - "$work/java.log" "$work/smi.csv" <<'PY'
import sys, datetime
java = dict(l.split()[:2] for l in open(sys.argv[1]) if l.split() and l.split()[0] in ("START_MS", "END_MS", "GPU_J"))
t0, t1, carbon = int(java["START_MS"]) / 1e3, int(java["END_MS"]) / 1e3, float(java["GPU_J"])
rows = []
for line in open(sys.argv[2]):
    parts = [p.strip() for p in line.split(",")]
    try:
        rows.append((float(parts[0]), float(parts[1]), float(parts[2])))
        continue
    except (ValueError, IndexError):
        pass
    for fmt in ("%Y/%m/%d %H:%M:%S.%f", "%Y/%m/%d %H:%M:%S"):
        try:
            ts = datetime.datetime.strptime(parts[0], fmt).replace(tzinfo=datetime.timezone.utc).timestamp()
            rows.append((ts, float(parts[1]), float(parts[2])))
            break
        except (ValueError, IndexError):
            pass
def at(t):
    for (ta, ea, _), (tb, eb, _) in zip(rows, rows[1:]):
        if ta <= t <= tb:
            return ea + (eb - ea) * (t - ta) / (tb - ta) if tb > ta else ea
    raise SystemExit(f"nvidia-smi samples ({len(rows)}) do not cover {t}")
before = max(r for r in rows if r[0] <= t0); after = min(r for r in rows if r[0] >= t1)
raw = at(t1) - at(t0)
watts = sum(r[2] for r in rows if t0 <= r[0] <= t1) / max(1, sum(1 for r in rows if t0 <= r[0] <= t1))
# nvidia-smi reports the counter in mJ on current drivers; check against power.draw x time rather than trust it.
scale = min((1.0, 1e-3), key=lambda s: abs(raw * s - watts * (t1 - t0)))
smi = raw * scale
print(f"interval {t1 - t0:.3f} s, {len(rows)} nvidia-smi samples, mean power.draw {watts:.1f} W, counter unit {'J' if scale == 1 else 'mJ'}")
print(f"bracketing samples:            {(after[1] - before[1]) * scale:.1f} J over {after[0] - before[0]:.3f} s")
print(f"carbon4j GPU energy:            {carbon:.1f} J")
print(f"independent counter (interp.): {smi:.1f} J")
print(f"ratio carbon4j / independent:  {carbon / smi:.4f}")
PY
