# theorykit set-up steps, sourced by ./theorykit. Every step is idempotent and fast when nothing
# changed; a failing step names itself and says why, and leaves nothing half-installed behind.
# Needs: ROOT (repository root).

BUILD="$ROOT/build"
JAR="$ROOT/toolkit/target/theorykit-toolkit.jar"
LIB="$ROOT/toolkit/target/lib"
KERNEL_JAR="$ROOT/jupyter/target/theorykit-jupyter.jar"
KERNEL_LIB="$ROOT/jupyter/target/lib"
KERNEL_NAME=theorykit
SPARK_APP_JAR="$ROOT/spark/target/theorykit-spark-app.jar"
# Debian's Jupyter lives in /usr/bin/python3; another python3 earlier on PATH may lack it.
# Smile's bundled OpenBLAS starts one thread per core when told so once, at load (see org.theorykit.bench).
export OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-$(nproc 2>/dev/null || echo 2)}
PYTHON=${THEORYKIT_PYTHON:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || command -v python3 || echo python3 )}

say() { printf '[theorykit] %s\n' "$*" >&2; }
fail() { printf '[theorykit] set-up step "%s" failed: %s\n' "$1" "$2" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

apt_install() {
  command -v apt-get >/dev/null || return 1
  say "installing Debian packages: $*"
  as_root apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# Step 1: a JDK >= 17 (javac and java) and Maven.
step_jdk() {
  local javac_bin
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then javac_bin="$JAVA_HOME/bin/javac"
  else javac_bin=$(command -v javac || true); fi
  if [ -z "$javac_bin" ] || [ "$(java_major "$(dirname "$javac_bin")/java")" -lt 17 ] 2>/dev/null; then
    apt_install openjdk-17-jdk-headless ||
      fail jdk "no JDK 17 or newer found; install one (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless) or set JAVA_HOME"
    javac_bin=$(command -v javac)
  fi
  JAVA_BIN="$(dirname "$(readlink -f "$javac_bin")")/java"
  export JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$javac_bin")")")"
  if ! command -v mvn >/dev/null; then
    apt_install maven || fail jdk "Maven not found; install it (Debian/Ubuntu: apt-get install maven)"
  fi
}

# Step 2: Jupyter (notebook, nbconvert, nbclient) for $PYTHON.
jupyter_ok() { "$PYTHON" -c 'import notebook, nbconvert, nbclient, jupyter_client' >/dev/null 2>&1; }
step_jupyter() {
  jupyter_ok && return 0
  if command -v apt-get >/dev/null; then
    apt_install jupyter-notebook jupyter-nbconvert python3-nbclient ||
      fail jupyter "apt-get could not install jupyter-notebook jupyter-nbconvert python3-nbclient"
    PYTHON=/usr/bin/python3
  elif "$PYTHON" -m pip --version >/dev/null 2>&1; then
    say "installing Jupyter with pip"
    "$PYTHON" -m pip install --user -q notebook nbconvert nbclient ||
      fail jupyter "pip could not install notebook nbconvert nbclient (is a Python package index reachable?)"
  fi
  jupyter_ok || fail jupyter "Jupyter is missing; install it: Debian/Ubuntu 'apt-get install jupyter-notebook jupyter-nbconvert python3-nbclient', elsewhere 'pip install notebook nbconvert nbclient'"
}

source_stamp() {
  (cd "$ROOT" && find pom.xml toolkit/pom.xml toolkit/src/main jupyter/pom.xml jupyter/src/main spark/pom.xml spark/src/main \
    -type f -print0 |
    sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
}

# Step 3: build the toolkit and kernel jars and their runtime class paths (target/lib), and the Spark module
# (spark/target: its application jar and Spark's own jars, never on the kernel's class path), only if sources changed.
step_build() {
  local stamp; stamp=$(source_stamp)
  if [ -f "$JAR" ] && [ -d "$LIB" ] && [ -f "$KERNEL_JAR" ] && [ -f "$SPARK_APP_JAR" ] && [ "$(cat "$BUILD/toolkit.stamp" 2>/dev/null)" = "$stamp" ]; then return 0; fi
  say "building the toolkit and its kernel (mvn package)"
  mkdir -p "$BUILD"
  rm -f "$BUILD/toolkit.stamp"
  (cd "$ROOT" && mvn -B -q package -DskipTests -Dtheorykit.fingerprint="$stamp") > "$BUILD/build.log" 2>&1 ||
    { tail -30 "$BUILD/build.log" >&2; fail build "mvn package failed; full log in build/build.log"; }
  echo "$stamp" > "$BUILD/toolkit.stamp"
}

# The init script: the toolkit's packages, Tablesaw and XChart imported, so notebooks need no boilerplate.
write_init_script() {
  local out="$BUILD/kernel/init.jshell" tmp
  tmp=$(mktemp)
  {
    cat "$ROOT/environment/init.jshell"
    unzip -Z1 "$JAR" | grep -E '^org/theorykit/.+/[A-Z][A-Za-z0-9]*\.class$' | grep -v '\$' |
      sed -E 's|/[^/]+\.class$||' | sort -u | grep -v '/bench$' | tr / . | sed 's/.*/import &.*;/'
  } > "$tmp"
  mv "$tmp" "$out"
}

# Step 4: the kernel spec "theorykit": theorykit's JShell kernel (jupyter/) with the toolkit on its class path.
step_kernel() {
  mkdir -p "$BUILD/kernel"
  write_init_script
  local spec="$BUILD/kernel/spec"
  mkdir -p "$spec"
  "$PYTHON" - "$spec/kernel.json" "$JAVA_BIN" "$(kernel_classpath)" "$ROOT" "$BUILD/kernel/init.jshell" "$(jvm_options)" <<'PY'
import json, os, sys
out, java, classpath, root, init, jvm = sys.argv[1:7]
spec = {
    "argv": [java] + jvm.split() + ["-cp", classpath, "org.theorykit.jupyter.KernelMain", "{connection_file}"],
    "display_name": "Java (theorykit)",
    "language": "java",
    "interrupt_mode": "message",
    "env": {
        "THEORYKIT_INIT_SCRIPT": init,
        "THEORYKIT_HOME": root,
        "OPENBLAS_NUM_THREADS": str(os.cpu_count()),
    },
}
json.dump(spec, open(out, "w"), indent=2)
PY
  # jupyter_client's API, not the 'jupyter kernelspec' command, which Debian ships separately.
  "$PYTHON" - "$spec" "$KERNEL_NAME" > "$BUILD/kernelspec.log" 2>&1 <<'PY' ||
import filecmp, os, sys
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
spec, name = sys.argv[1:3]
manager = KernelSpecManager()
try:
    current = manager.get_kernel_spec(name).resource_dir
    if filecmp.cmp(os.path.join(spec, "kernel.json"), os.path.join(current, "kernel.json"), shallow=False):
        sys.exit(0)
except NoSuchKernel:
    pass
print(manager.install_kernel_spec(spec, name, user=True))
PY
    fail kernel "installing the kernel spec failed: $(tail -3 "$BUILD/kernelspec.log")"
  [ -s "$BUILD/kernelspec.log" ] && say "installed the Jupyter kernel spec '$KERNEL_NAME' in $(cat "$BUILD/kernelspec.log")"
  return 0
}

# The JDK's Vector API is an incubator module, resolved only on request; org.theorykit.nn.engine's
# small-batch engine uses it (without it the plain-Java path runs). Every JDK ≥ 17 ships it.
VECTOR_API_OPTION="--add-modules jdk.incubator.vector"

# JVM options for the kernel and the launcher's Java commands.
jvm_options() {
  echo "-Xmx${THEORYKIT_HEAP:-4g} -Dtheorykit.home=$ROOT $VECTOR_API_OPTION"
}

toolkit_classpath() { echo "$JAR:$LIB/*"; }
# The Spark module's JVMs (bench spark): Spark's jars, the module's jar, the toolkit; never the kernel's.
spark_classpath() { echo "$ROOT/spark/target/spark-lib/*:$ROOT/spark/target/theorykit-spark.jar:$JAR:$(ls "$LIB"/*.jar | grep -v slf4j-nop | tr '\n' ':')"; }
spark_java_options() {
  echo "-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
}
kernel_classpath() { echo "$KERNEL_JAR:$KERNEL_LIB/*:$(toolkit_classpath)"; }

source "$ROOT/environment/datasets.sh"

setup_toolkit() { step_jdk; step_build; }
setup_all() { step_jdk; step_jupyter; step_build; step_kernel; step_data; }
