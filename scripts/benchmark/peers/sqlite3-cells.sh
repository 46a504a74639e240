#!/usr/bin/env bash
# The import job as a sqlite3-shell user writes it, tuned: .import of every
# respondent CSV (pragmas for a throw-away database), sums per school, trinn and
# gender in one GROUP BY per file, then GROUP BYs from those sums for every
# level, trinn and gender.
#
#   sqlite3-cells.sh CSV_DIR GEOGRAPHY OUT.sqlite [MIN_N]
#
# Writes cells(level, unit, round, trinn, gender, factor, n, mean, sd) into
# OUT.sqlite, as the other peers do (see duckdb_cells.py).
set -euo pipefail
csv_dir=$1 geography=$2 out=$3 min_n=${4:-7}
required="tidspunkt kommunenr skole_id skole trinn kjonn gruppe respondent_id"
rm -f "$out"

{
  echo ".bail on"
  echo "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;"
  echo "PRAGMA cache_size = -262144; PRAGMA locking_mode = EXCLUSIVE;"
  echo ".mode csv"
  echo ".separator ;"
  echo ".import '$geography' geo"
  echo "CREATE TABLE fine(round INT, skole_id TEXT, kommunenr TEXT, trinn INT, gender INT, factor TEXT,"
  echo "                   n INT, s REAL, q REAL);"
  i=0
  for file in "$csv_dir"/*.csv; do
    [ "$(basename "$file")" = "$(basename "$geography")" ] && continue
    i=$((i + 1))
    echo ".import '$file' t$i"
    # Decimal comma to a number; empty stays NULL.
    values="" sums="" unpivot=""
    IFS=';' read -r -a columns < <(head -n 1 "$file" | tr -d '\r')
    for column in "${columns[@]}"; do
      case " $required " in *" $column "*) continue ;; esac
      values+=", CAST(nullif(replace($column, ',', '.'), '') AS REAL) AS $column"
      sums+=", count($column) AS n_$column, sum($column) AS s_$column, sum($column * $column) AS q_$column"
      unpivot+=" UNION ALL SELECT round, skole_id, kommunenr, trinn, gender, '$column',"
      unpivot+=" n_$column, s_$column, q_$column FROM w$i WHERE n_$column > 0"
    done
    echo "CREATE TEMP TABLE w$i AS SELECT round, skole_id, kommunenr, trinn, gender $sums FROM ("
    echo "  SELECT CAST(tidspunkt AS INT) AS round, skole_id, kommunenr, coalesce(nullif(trinn, ''), 0) + 0 AS trinn,"
    echo "         CASE kjonn WHEN 'gutt' THEN 1 WHEN 'jente' THEN 2 ELSE 0 END AS gender $values FROM t$i"
    echo ") GROUP BY round, skole_id, kommunenr, trinn, gender;"
    echo "INSERT INTO fine ${unpivot# UNION ALL };"
    echo "DROP TABLE t$i; DROP TABLE w$i;"
  done
  cat <<SQL
CREATE TEMP TABLE region_of AS
  SELECT kommunenummer AS kommunenr,
         CASE WHEN (SELECT count(DISTINCT fylke) FROM geo) > 1 THEN fylke
              ELSE coalesce(nullif(region, ''), fylke) END AS region
  FROM geo;
CREATE TEMP TABLE finer AS SELECT fine.*, region_of.region, '' AS top FROM fine JOIN region_of USING (kommunenr);
CREATE TABLE sums(level TEXT, unit TEXT, round INT, trinn INT, gender INT, factor TEXT, n INT, s REAL, q REAL);
SQL
  for level in "skole skole_id" "kommune kommunenr" "region region" "fylke top"; do
    set -- $level
    for t in "trinn" "0"; do
      for g in "gender" "0"; do
        where="WHERE 1"
        [ "$t" = trinn ] && where+=" AND trinn > 0"
        [ "$g" = gender ] && where+=" AND gender > 0"
        group="round, factor, $2"
        [ "$t" = trinn ] && group+=", trinn"
        [ "$g" = gender ] && group+=", gender"
        echo "INSERT INTO sums SELECT '$1', $2, round, $t, $g, factor, sum(n), sum(s), sum(q)"
        echo "  FROM finer $where GROUP BY $group;"
      done
    done
  done
  cat <<SQL
CREATE TABLE cells AS
  SELECT level, unit, round, trinn, gender, factor, n,
         CASE WHEN n >= $min_n THEN s / n END AS mean,
         CASE WHEN n >= $min_n THEN sqrt(max(q - s * s / n, 0) / (n - 1)) END AS sd
  FROM sums;
DROP TABLE sums;
DROP TABLE fine;
SQL
} | sqlite3 "$out" >/dev/null
echo "sqlite3: $(sqlite3 "$out" 'SELECT count(*) FROM cells') cells" >&2
