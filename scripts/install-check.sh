#!/usr/bin/env bash
# `make install` as README tells a teacher to run it, into a scratch DESTDIR (with the debug build
# the other checks already made, so that it adds no release build), then only what it installed,
# from an empty folder outside the repository with nothing of the repository on the PATH:
#   1. the program, one man page per command that `man` renders, and completions that bash loads
#      and zsh and fish accept (when installed);
#   2. init, new, check, build, render, deck, and serve answering over HTTP and stopping on Ctrl-C;
#   3. `make uninstall` removes every file `make install` put there.
# Prints one line per check and 'N passed, M failed'.
set -uo pipefail
cd "$(dirname "$0")/.."
repository=$PWD
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
destdir=$scratch/destdir
prefix=/usr/local
installed=$destdir$prefix
passed=0
failed=0
report() { # report STATUS WHAT
    if [ "$1" -eq 0 ]; then passed=$((passed + 1)); echo "ok    $2"; else failed=$((failed + 1)); echo "FAIL  $2"; fi
}

if ! make --no-print-directory install CONFIGURATION=debug DESTDIR="$destdir" PREFIX="$prefix" >"$scratch/install.log" 2>&1; then
    cat "$scratch/install.log"
    echo "FAIL  make install"
    exit 1
fi
report 0 "make install DESTDIR=… PREFIX=$prefix"

test -x "$installed/bin/backprop-site"
report $? "the program is in bin/"
for command in "" .init .new .check .build .serve .render .deck .trace .worksheet; do
    page=$installed/share/man/man1/backprop-site$command.1
    # Into a file first: `grep -q` quits at the first match, and the writer's SIGPIPE would fail the pipe.
    MANWIDTH=80 man -l "$page" >"$scratch/man.txt" 2>/dev/null && grep -q "backprop-site" "$scratch/man.txt"
    report $? "man backprop-site$command renders ($(basename "$page"))"
done
bash -c 'source "$1" && complete -p backprop-site' _ "$installed/share/bash-completion/completions/backprop-site" >/dev/null 2>&1
report $? "bash loads the completion script"
for shell in zsh fish; do
    file=$installed/share/zsh/site-functions/_backprop-site
    [ "$shell" = fish ] && file=$installed/share/fish/vendor_completions.d/backprop-site.fish
    if command -v "$shell" >/dev/null; then
        "$shell" -n "$file"
        report $? "$shell accepts its completion script"
    else
        grep -q "serve" "$file"
        report $? "the $shell completion script knows the commands ($shell is not installed to load it)"
    fi
done

# A teacher's session, with the installed program alone.
mkdir "$scratch/home"
cd "$scratch/home"
run() { env -i HOME="$scratch/home" PATH="$installed/bin:/usr/bin:/bin" LANG=C.UTF-8 "$@" >"$scratch/last.log" 2>&1; }
run backprop-site init curso
report $? "init curso"
cd curso
run backprop-site new mi-red --layers 2,3,1 --activations tanh,sigmoid --loss cross-entropy
report $? "new mi-red --layers 2,3,1 --activations tanh,sigmoid --loss cross-entropy"
run backprop-site check Examples/mi-red.yaml
report $? "check Examples/mi-red.yaml"
run backprop-site build && [ -f site/es/mi-red/index.html ] && [ -f site/en/mi-primera-red/index.html ]
report $? "build writes both languages' pages"
run backprop-site render Examples/mi-red.yaml --figure backward --lang en -o backward.png && [ -s backward.png ]
report $? "render --figure backward -o backward.png"
run backprop-site deck Examples/mi-red.yaml -o mi-red.pdf && [ -s mi-red.pdf ]
report $? "deck -o mi-red.pdf"
case $PWD in "$repository"*) report 1 "the course folder is outside the repository" ;; esac

env -i HOME="$scratch/home" PATH="$installed/bin:/usr/bin:/bin" LANG=C.UTF-8 backprop-site serve --port 0 >"$scratch/serve.log" 2>&1 &
server=$!
address=""
for _ in $(seq 1 600); do
    address=$(grep -o 'http://127.0.0.1:[0-9]*/' "$scratch/serve.log" | head -n 1)
    [ -n "$address" ] && grep -q "^Watching" "$scratch/serve.log" && break
    sleep 0.1
done
curl -sf --noproxy '*' --max-time 30 -o "$scratch/page.html" "${address}es/mi-red/" && grep -q "backprop-site-serve" "$scratch/page.html"
served=$?
report $served "serve answers on ${address:-(no address)} with the page and its reload script"
[ $served -eq 0 ] || { echo "      serve printed:"; sed 's/^/      /' "$scratch/serve.log"; }
kill -INT "$server"
wait "$server"
report $? "serve stops cleanly on Ctrl-C"

cd "$repository"
make --no-print-directory uninstall DESTDIR="$destdir" PREFIX="$prefix" >/dev/null 2>&1
left=$(find "$destdir" -type f | sed "s|$destdir||")
[ -z "$left" ]
report $? "make uninstall removes every file it installed${left:+ (left: $left)}"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
