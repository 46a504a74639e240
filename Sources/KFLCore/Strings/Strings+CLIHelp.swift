/// The command line's help texts (`kfl --help`, `kfl COMMAND --help`), kept within 80
/// columns; the man page is written from them. Errors and messages: Strings+CLI.swift.
extension Strings.CLI {
    public static var overview: String {
        nb(
            """
            kfl – resultater fra Kultur for læring og pedagogisk analyse i terminalen

            Bruk:
              kfl [SNAPSHOT] [--kommune NAVN] [--skole NAVN] [--workbook FIL]
                  [--no-color]
              kfl [--sprak nb|nn] [--debug] <kommando> [valg]
              kfl --version

            Uten SNAPSHOT åpnes de innebygde demodataene (syntetiske, bygges første gang).

            Kommandoer:
              import     Les svar-CSV og lag et resultatsnapshot med personvern
              demo       Lag et syntetisk demofylke (CSV og snapshot)
              check      Kontroller et snapshot (--personvern: angrip det som en inntrenger)
              extract    Lag et utdrag for en kommune eller skole fra et snapshot
              show       Skriv ut resultatene for én enhet (tekst, CSV eller JSON)
              analyse    List, eksporter og importer pedagogiske analyser

            Valg:
              --kommune NAVN   Åpne i en kommune
              --skole NAVN     Åpne på en skole (først: hva skiller seg ut)
              --workbook FIL   Arbeidsboka med analyser (standard i datamappen din)
              --no-color       Ingen farger (NO_COLOR virker også)
              --sprak SPRÅK    nb (bokmål) eller nn (nynorsk); ellers KFL_SPRAK, LANG
              --debug          Vis tekniske detaljer når noe feiler (for feilsøking)
              -h, --help       Vis denne hjelpen
              --version        Vis versjonen

            Se «kfl <kommando> --help» for hver kommando.
            """,
            nn: """
                kfl – resultat frå Kultur for læring og pedagogisk analyse i terminalen

                Bruk:
                  kfl [SNAPSHOT] [--kommune NAMN] [--skole NAMN] [--workbook FIL]
                      [--no-color]
                  kfl [--sprak nb|nn] [--debug] <kommando> [val]
                  kfl --version

                Utan SNAPSHOT opnar kfl dei innebygde demodataa (syntetiske, dei blir
                laga første gong).

                Kommandoar:
                  import     Les svar-CSV og lag eit resultatsnapshot med personvern
                  demo       Lag eit syntetisk demofylke (CSV og snapshot)
                  check      Kontroller eit snapshot (--personvern: angrip det sjølv)
                  extract    Lag eit utdrag for ein kommune eller skule frå eit snapshot
                  show       Skriv ut resultata for éi eining (tekst, CSV eller JSON)
                  analyse    List opp, eksporter og importer pedagogiske analysar

                Val:
                  --kommune NAMN   Opne i ein kommune
                  --skole NAMN     Opne på ein skule (først: kva som skil seg ut)
                  --workbook FIL   Arbeidsboka med analysar (standard i datamappa di)
                  --no-color       Ingen fargar (NO_COLOR verkar òg)
                  --sprak SPRÅK    nb (bokmål) eller nn (nynorsk); elles KFL_SPRAK, LANG
                  --debug          Vis tekniske detaljar når noko feilar (for feilsøking)
                  -h, --help       Vis denne hjelpa
                  --version        Vis versjonen

                Sjå «kfl <kommando> --help» for kvar kommando.
                """)
    }

    public static var importHelp: String {
        let (minN, width) = (PrivacyThreshold.defaultMinimumN, ProtectionRule.standard.protectionPercent)
        return nb(
            """
            kfl import – les svar-CSV og lag et resultatsnapshot

            Bruk:
              kfl import CSV... -o SNAPSHOT [--geografi FIL [--navn NAVN]]
                         [--min-n N] [--protection P] [--source TEKST]

            Leser anonyme svar på respondentnivå (én rad per respondent) fra én eller
            flere CSV-filer, kontrollerer hvert felt, regner ut resultater for fylke,
            region, kommune, skole og trinn, og skjermer små grupper før noe lagres.
            Snapshotet skrives til en midlertidig fil og flyttes på plass til slutt:
            ved feil skrives ingenting, og et eksisterende snapshot blir stående.

            Uten --geografi gjelder Hedmarks 22 kommuner (før 2020). Med --geografi
            leses kommunene fra en CSV-fil med kolonnene
            kommunenummer;kommune;region;fylke, én kommune per linje. Ett fylke:
            regionene er nivået under fylket. Flere fylker: fylkene er nivået under
            toppen.

            Valg:
              -o, --output SNAPSHOT  Filen som skal lages (påkrevd)
              --geografi FIL         Kommuner, regioner og fylker (standard: Hedmark)
              --navn NAVN            Navnet på toppen når FIL har flere fylker
                                     (standard: fylkene, eller «11 fylker»)
              --min-n N              Færre svar enn dette vises aldri (standard \(minN))
              --protection P         Et skjult snitt holdes minst P % av skalaen bredt
                                     (standard \(width); se README, Personvern)
              --source TEKST         Kilde som lagres i snapshotet (standard: filnavnene)
              -h, --help             Vis denne hjelpen

            Filformatet står i README.md.
            """,
            nn: """
                kfl import – les svar-CSV og lag eit resultatsnapshot

                Bruk:
                  kfl import CSV... -o SNAPSHOT [--geografi FIL [--navn NAMN]]
                             [--min-n N] [--protection P] [--source TEKST]

                Les anonyme svar på respondentnivå (éi rad per respondent) frå éi eller
                fleire CSV-filer, kontrollerer kvart felt, reknar ut resultat for fylke,
                region, kommune, skule og trinn, og skjermar små grupper før noko blir
                lagra. Snapshotet blir skrive til ei mellombels fil og flytta på plass
                til slutt: ved feil blir ingenting skrive, og eit snapshot som finst frå
                før, blir ståande.

                Utan --geografi gjeld dei 22 kommunane i Hedmark (før 2020). Med
                --geografi blir kommunane lesne frå ei CSV-fil med kolonnane
                kommunenummer;kommune;region;fylke, éin kommune per linje. Eitt fylke:
                regionane er nivået under fylket. Fleire fylke: fylka er nivået under
                toppen.

                Val:
                  -o, --output SNAPSHOT  Fila som skal lagast (påkravd)
                  --geografi FIL         Kommunar, regionar og fylke (standard: Hedmark)
                  --navn NAMN            Namnet på toppen når FIL har fleire fylke
                                         (standard: fylka, eller «11 fylke»)
                  --min-n N              Færre svar enn dette blir aldri viste (standard \(minN))
                  --protection P         Eit skjult snitt blir halde minst P % av skalaen breitt
                                         (standard \(width); sjå README, Personvern)
                  --source TEKST         Kjelde som blir lagra i snapshotet (standard: filnamna)
                  -h, --help             Vis denne hjelpa

                Filformatet står i README.md.
                """)
    }

    public static var demoHelp: String {
        let (minN, width) = (PrivacyThreshold.defaultMinimumN, ProtectionRule.standard.protectionPercent)
        return nb(
            """
            kfl demo – lag et syntetisk demofylke

            Bruk:
              kfl demo -o SNAPSHOT [--csv MAPPE] [--seed N] [--scale county|national]
                       [--min-n N] [--protection P]

            Lager oppdiktede svar for Hedmarks 22 kommuner (omtrent 120 oppdiktede
            skoler, alle seks respondentgrupper, 2016, 2018 og 2020) fra et fast frø,
            og kjører dem gjennom den samme importen som ekte data. Snapshotet merkes
            som syntetiske demodata.

            Valg:
              -o, --output SNAPSHOT  Filen som skal lages (påkrevd)
              --csv MAPPE            Behold svar-CSV-ene og geografi.csv i denne mappen
              --seed N               Frø for tilfeldighetene (standard 2016)
              --scale SKALA          county (standard) eller national (hele Norge)
              --min-n N              Færre svar enn dette vises aldri (standard \(minN))
              --protection P         Et skjult snitt holdes minst P % av skalaen bredt
                                     (standard \(width); se README, Personvern)
              -h, --help             Vis denne hjelpen
            """,
            nn: """
                kfl demo – lag eit syntetisk demofylke

                Bruk:
                  kfl demo -o SNAPSHOT [--csv MAPPE] [--seed N] [--scale county|national]
                           [--min-n N] [--protection P]

                Lagar oppdikta svar for dei 22 kommunane i Hedmark (om lag 120 oppdikta
                skular, alle seks respondentgruppene, 2016, 2018 og 2020) frå eit fast
                frø, og køyrer dei gjennom den same importen som ekte data. Snapshotet
                blir merkt som syntetiske demodata.

                Val:
                  -o, --output SNAPSHOT  Fila som skal lagast (påkravd)
                  --csv MAPPE            Ta vare på svar-CSV-ane og geografi.csv i denne mappa
                  --seed N               Frø for tilfeldigheitene (standard 2016)
                  --scale SKALA          county (standard) eller national (heile Noreg)
                  --min-n N              Færre svar enn dette blir aldri viste (standard \(minN))
                  --protection P         Eit skjult snitt blir halde minst P % av skalaen breitt
                                         (standard \(width); sjå README, Personvern)
                  -h, --help             Vis denne hjelpa
                """)
    }

    public static var checkHelp: String {
        nb(
            """
            kfl check – kontroller et snapshot

            Bruk:
              kfl check SNAPSHOT
              kfl check --personvern SNAPSHOT [FLERE.sqlite …]

            Åpner filen skrivebeskyttet og forteller skjemaversjon, om filen er hel,
            antall enheter og celler, hvor mange som er skjult, min_n og om det er
            demodata.

            Med --personvern angripes filene som en som har alle sammen ville gjort:
            kan noen skjult verdi regnes ut, eller snevres inn mer enn regelen i
            filen tillater? Enheter i ulike filer kobles på kommunenummer og
            skole-id. Avslutter med 0 bare når ingenting kan regnes ut og ingen
            grense er smalere enn regelen, ellers med 1.

            Valg:
              --personvern  Personvernsjekk av én eller flere filer sammen
              -h, --help    Vis denne hjelpen
            """,
            nn: """
                kfl check – kontroller eit snapshot

                Bruk:
                  kfl check SNAPSHOT
                  kfl check --personvern SNAPSHOT [FLEIRE.sqlite …]

                Opnar fila skriveverna og fortel skjemaversjon, om fila er heil,
                talet på einingar og celler, kor mange som er skjulte, min_n og om
                det er demodata.

                Med --personvern blir filene angripne slik ein som har alle saman,
                ville gjort: kan nokon skjult verdi reknast ut, eller snevrast inn meir
                enn regelen i fila tillèt? Einingar i ulike filer blir kopla på
                kommunenummer og skule-id. Avsluttar med 0 berre når ingenting kan
                reknast ut og ingen grense er smalare enn regelen, elles med 1.

                Val:
                  --personvern  Personvernsjekk av éi eller fleire filer saman
                  -h, --help    Vis denne hjelpa
                """)
    }

    public static var extractHelp: String {
        nb(
            """
            kfl extract – lag et utdrag for en kommune eller en skole

            Bruk:
              kfl extract SNAPSHOT --kommune NAVN [--skole NAVN] -o UTDRAG

            Lager et snapshot med kommunen (eller skolen), enhetene under den og
            regionen og fylket over den til sammenligning. Cellene kopieres som de
            er – de samme tallene og de samme skjulte cellene – så snapshotet og alle
            utdragene fra det viser til sammen ikke mer enn snapshotet alene.

            Del utdrag, aldri egne importer av overlappende data: en egen import av
            én kommunes svar viser kommunens summer, som i fylkets snapshot kan være
            skjult for å verne en nabo, og de to filene sammen avslører små grupper.

            Valg:
              --kommune NAVN         Kommunen (navn eller kommunenummer, påkrevd)
              --skole NAVN           Bare denne skolen i kommunen
              -o, --output UTDRAG    Filen som skal lages (påkrevd)
              -h, --help             Vis denne hjelpen
            """,
            nn: """
                kfl extract – lag eit utdrag for ein kommune eller ein skule

                Bruk:
                  kfl extract SNAPSHOT --kommune NAMN [--skole NAMN] -o UTDRAG

                Lagar eit snapshot med kommunen (eller skulen), einingane under han og
                regionen og fylket over han til samanlikning. Cellene blir kopierte
                som dei er – dei same tala og dei same skjulte cellene – så snapshotet
                og alle utdraga frå det viser til saman ikkje meir enn snapshotet åleine.

                Del utdrag, aldri eigne importar av overlappande data: ein eigen import
                av svara frå éin kommune viser summane for kommunen, som i snapshotet
                for fylket kan vere skjulte for å verne ein nabo, og dei to filene
                saman avslører små grupper.

                Val:
                  --kommune NAMN         Kommunen (namn eller kommunenummer, påkravd)
                  --skole NAMN           Berre denne skulen i kommunen
                  -o, --output UTDRAG    Fila som skal lagast (påkravd)
                  -h, --help             Vis denne hjelpa
                """)
    }

    public static var showHelp: String {
        nb(
            """
            kfl show – skriv ut resultatene for én enhet

            Bruk:
              kfl show [SNAPSHOT] [--kommune NAVN] [--skole NAVN] [--trinn N]
                       [--gruppe GRUPPE] [--tidspunkt ÅR|alle]
                       [--kjonn alle|gutter|jenter] [--endring FRA-TIL]
                       [--kull samme-trinn|samme-klasse] [--kjonnsforskjell]
                       [--tema TEMA|alle] [--skiller-seg-ut] [--andeler]
                       [--format tekst|csv|json]

            Viser hver faktor for enheten med fylkets (og kommunens) gjennomsnitt, n og
            om forskjellen er klar – de samme tallene som i kfl. En skole sammenlignes
            også med resten av kommunen. Uten --kommune og --skole vises hele fylket.
            Uten SNAPSHOT brukes demodataene.

            Valg:
              --kommune NAVN     Kommunen (navn eller kommunenummer)
              --skole NAVN       Skolen (i kommunen, om den er gitt)
              --trinn N          Ett trinn (1–10); 0 eller utelatt er alle trinn
              --gruppe GRUPPE    Respondentgruppe: elev14, elev510, kontaktlaerer,
                                 laerer, foreldre, skoleleder (eller navnet)
              --tidspunkt ÅR     2016, 2018 eller 2020 (standard: det siste); alle viser
                                 hvert tidspunkt side om side, med fylket, og endringen
                                 fra forrige tidspunkt
              --kjonn KJØNN      alle (standard), gutter eller jenter
              --endring FRA-TIL  Endringen mellom to tidspunkt, f.eks. 2016-2020
              --kull KULL        samme-trinn (samme trinn, nye elever) eller samme-klasse
                                 (samme klasse, ett trinn lenger fram hvert år); krever
                                 --trinn, og --tidspunkt sier når klassen gikk der
              --kjonnsforskjell  Gutter mot jenter for hver faktor, med fylkets
                                 forskjell og forskjellen ved hvert tidspunkt
              --tema TEMA        Ett tema (for eksempel uro_og_atferd) eller alle: hver
                                 respondentgruppes faktorer mot fylkets verdi for samme
                                 gruppe, hver på sin skala, med endringen siden forrige
                                 tidspunkt (alle trinn og begge kjønn)
              --skiller-seg-ut   Hva skiller seg ut: faktorene i alle grupper som er
                                 klart bedre eller svakere enn fylket eller klart endret,
                                 ordnet etter vurdering, ikke etter størrelse
              --andeler          Andelen på den ugunstige siden av hver faktor (for
                                 eksempel andel med lav trivsel) med n, kommunens og
                                 fylkets andel og om forskjellen er klar
              --format FORMAT    tekst (standard), csv (semikolon, desimalkomma) eller json
              -h, --help         Vis denne hjelpen

            Endringer, kull og forskjeller vurderes med to-utvalgsregelen: klart bedre
            eller svakere krever d ≥ 0,2 og et 95 %-intervall for forskjellen som ikke
            omfatter 0. Undersøkelsen er anonym, så et kull er samme klasse, ikke de
            samme elevene.
            """,
            nn: """
                kfl show – skriv ut resultata for éi eining

                Bruk:
                  kfl show [SNAPSHOT] [--kommune NAMN] [--skole NAMN] [--trinn N]
                           [--gruppe GRUPPE] [--tidspunkt ÅR|alle]
                           [--kjonn alle|gutar|jenter] [--endring FRÅ-TIL]
                           [--kull same-trinn|same-klasse] [--kjonnsforskjell]
                           [--tema TEMA|alle] [--skiller-seg-ut] [--andeler]
                           [--format tekst|csv|json]

                Viser kvar faktor for eininga med gjennomsnittet i fylket (og kommunen), n
                og om skilnaden er klar – dei same tala som i kfl. Ein skule blir òg
                samanlikna med resten av kommunen. Utan --kommune og --skole blir heile
                fylket vist. Utan SNAPSHOT blir demodataa brukte.

                Val:
                  --kommune NAMN     Kommunen (namn eller kommunenummer)
                  --skole NAMN       Skulen (i kommunen, om han er gitt)
                  --trinn N          Eitt trinn (1–10); 0 eller utelate er alle trinn
                  --gruppe GRUPPE    Respondentgruppe: elev14, elev510, kontaktlaerer,
                                     laerer, foreldre, skoleleder (eller namnet)
                  --tidspunkt ÅR     2016, 2018 eller 2020 (standard: det siste); alle viser
                                     kvart tidspunkt side om side, med fylket, og endringa
                                     frå førre tidspunkt
                  --kjonn KJØNN      alle (standard), gutar eller jenter
                  --endring FRÅ-TIL  Endringa mellom to tidspunkt, til dømes 2016-2020
                  --kull KULL        same-trinn (same trinn, nye elevar) eller same-klasse
                                     (same klasse, eitt trinn lenger fram kvart år); krev
                                     --trinn, og --tidspunkt seier når klassen gjekk der
                  --kjonnsforskjell  Gutar mot jenter for kvar faktor, med skilnaden i
                                     fylket og skilnaden ved kvart tidspunkt
                  --tema TEMA        Eitt tema (til dømes uro_og_atferd) eller alle: faktorane
                                     til kvar respondentgruppe mot verdien i fylket for same
                                     gruppe, kvar på sin skala, med endringa sidan førre
                                     tidspunkt (alle trinn og begge kjønn)
                  --skiller-seg-ut   Kva som skil seg ut: faktorane i alle grupper som er
                                     klart betre eller svakare enn fylket eller klart endra,
                                     ordna etter vurdering, ikkje etter storleik
                  --andeler          Andelen på den ugunstige sida av kvar faktor (til
                                     dømes andel med låg trivsel) med n, andelen i
                                     kommunen og fylket og om skilnaden er klar
                  --format FORMAT    tekst (standard), csv (semikolon, desimalkomma) eller json
                  -h, --help         Vis denne hjelpa

                Endringar, kull og skilnader blir vurderte med to-utvalsregelen: klart betre
                eller svakare krev d ≥ 0,2 og eit 95 %-intervall for skilnaden som ikkje
                omfattar 0. Undersøkinga er anonym, så eit kull er same klasse, ikkje dei
                same elevane.
                """)
    }
}
