# bash completion for kfl. Generated from kfl's command table; do not edit.
_kfl() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd="" i
    COMPREPLY=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "$cmd/${COMP_WORDS[i]}" in
            "/import"|"/demo"|"/check"|"/extract"|"/show"|"/analyse"|"analyse/list"|"analyse/export"|"analyse/import") cmd="${cmd:+$cmd }${COMP_WORDS[i]}" ;;
        esac
    done
    case "$cmd:$prev" in
        ":--kommune") :; return ;;
        ":--skole") :; return ;;
        ":--workbook") compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur")); return ;;
        "import:--output"|"import:-o") compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur")); return ;;
        "import:--min-n") :; return ;;
        "import:--protection"|"import:--vern") :; return ;;
        "import:--source") :; return ;;
        "import:--geografi"|"import:--geography") compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur")); return ;;
        "import:--navn") :; return ;;
        "demo:--output"|"demo:-o") compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur")); return ;;
        "demo:--csv") compopt -o filenames; COMPREPLY=($(compgen -d -- "$cur")); return ;;
        "demo:--seed") :; return ;;
        "demo:--scale") COMPREPLY=($(compgen -W "county national" -- "$cur")); return ;;
        "demo:--min-n") :; return ;;
        "demo:--protection"|"demo:--vern") :; return ;;
        "extract:--kommune") :; return ;;
        "extract:--skole") :; return ;;
        "extract:--output"|"extract:-o") compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur")); return ;;
        "show:--kommune") :; return ;;
        "show:--skole") :; return ;;
        "show:--trinn") COMPREPLY=($(compgen -W "0 1 2 3 4 5 6 7 8 9 10" -- "$cur")); return ;;
        "show:--gruppe") COMPREPLY=($(compgen -W "elev14 elev510 kontaktlaerer laerer foreldre skoleleder" -- "$cur")); return ;;
        "show:--tidspunkt") COMPREPLY=($(compgen -W "2016 2018 2020 alle" -- "$cur")); return ;;
        "show:--kjonn"|"show:--kjønn") COMPREPLY=($(compgen -W "alle gutter jenter" -- "$cur")); return ;;
        "show:--format") COMPREPLY=($(compgen -W "tekst csv json" -- "$cur")); return ;;
        "show:--endring") COMPREPLY=($(compgen -W "2016-2018 2016-2020 2018-2020" -- "$cur")); return ;;
        "show:--kull") COMPREPLY=($(compgen -W "samme-trinn samme-klasse" -- "$cur")); return ;;
        "show:--tema") :; return ;;
        "analyse list:--workbook") compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur")); return ;;
        "analyse export:--workbook") compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur")); return ;;
        "analyse export:--format") COMPREPLY=($(compgen -W "md html json" -- "$cur")); return ;;
        "analyse export:--output"|"analyse export:-o") compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur")); return ;;
        "analyse export:--snapshot") compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur")); return ;;
        "analyse import:--workbook") compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac
    case "$cmd" in
        "")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--help -h --kommune --skole --workbook --no-color --no-colour --version -V --debug --sprak" -- "$cur")); return
            fi
            COMPREPLY=($(compgen -W "import demo check extract show analyse" -- "$cur"))
            compopt -o filenames; COMPREPLY+=($(compgen -f -- "$cur"))
            ;;
        "import")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--help -h --output -o --min-n --protection --vern --source --geografi --geography --navn --debug --sprak" -- "$cur")); return
            fi
            compopt -o filenames; COMPREPLY+=($(compgen -f -- "$cur"))
            ;;
        "demo")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--help -h --output -o --csv --seed --scale --min-n --protection --vern --debug --sprak" -- "$cur")); return
            fi
            ;;
        "check")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--help -h --personvern --privacy --debug --sprak" -- "$cur")); return
            fi
            compopt -o filenames; COMPREPLY+=($(compgen -f -- "$cur"))
            ;;
        "extract")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--help -h --kommune --skole --output -o --debug --sprak" -- "$cur")); return
            fi
            compopt -o filenames; COMPREPLY+=($(compgen -f -- "$cur"))
            ;;
        "show")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--help -h --kommune --skole --trinn --gruppe --tidspunkt --kjonn --kjønn --format --endring --kull --kjonnsforskjell --kjønnsforskjell --tema --skiller-seg-ut --andeler --debug --sprak" -- "$cur")); return
            fi
            compopt -o filenames; COMPREPLY+=($(compgen -f -- "$cur"))
            ;;
        "analyse")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--debug --sprak" -- "$cur")); return
            fi
            COMPREPLY=($(compgen -W "list export import" -- "$cur"))
            ;;
        "analyse list")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--help -h --workbook --debug --sprak" -- "$cur")); return
            fi
            ;;
        "analyse export")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--help -h --workbook --format --output -o --snapshot --debug --sprak" -- "$cur")); return
            fi
            ;;
        "analyse import")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--help -h --workbook --debug --sprak" -- "$cur")); return
            fi
            compopt -o filenames; COMPREPLY+=($(compgen -f -- "$cur"))
            ;;
    esac
}
complete -F _kfl kfl
