#!/usr/bin/env bash
# Scale-out smoke: the same build as one worker plus two API servers sharing PostgreSQL and Redis
# (REDIS_URL: Redis event bus, workflow engine, cache, locking), in production mode.
# Uses the machine's PostgreSQL and Redis, which CI has; run after `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

db="hc_scaleout_$$"
pg_admin="postgres://postgres@127.0.0.1:5432/postgres"
export DATABASE_URL="postgres://postgres@localhost:5432/$db"
export REDIS_URL="${SMOKE_REDIS_URL:-redis://127.0.0.1:6379}"
export NODE_ENV=production JWT_SECRET="smoke-$(openssl rand -hex 16)" COOKIE_SECRET="smoke-$(openssl rand -hex 16)"
export HC_DATA_DIR="$PWD/.data/scale-out" LOG_LEVEL=warn
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  sleep 2
  psql "$pg_admin" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "provisioning $db (production: no demo accounts)"
hybrid-platform provision

start() { # mode port
  # exec: $! is the server itself, leader of its own process group (setsid), so cleanup stops it all.
  (cd backend/.medusa/server && MEDUSA_WORKER_MODE="$1" PORT="$2" exec setsid medusa start \
    >"$HC_DATA_DIR/$1-$2.log" 2>&1 </dev/null) &
  pids+=($!)
}
mkdir -p "$HC_DATA_DIR"
start worker 9211
start server 9212
start server 9213

wait_ok() { # url
  for _ in $(seq 1 90); do curl -sf "$1" >/dev/null && return 0; sleep 1; done
  echo "no answer from $1"; tail -20 "$HC_DATA_DIR"/*.log; return 1
}
for port in 9211 9212 9213; do wait_ok "http://localhost:$port/health"; done
# Ready for traffic: the launcher recorded the migration and provisioning it ran above.
for port in 9212 9213; do
  ready=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/ready")
  [ "$ready" = "200" ] || { echo "GET /ready on $port answered $ready"; curl -s "http://localhost:$port/ready"; exit 1; }
done

# A cart written through one server is read and changed through the other.
key=$(curl -sf http://localhost:9212/storefront-bootstrap/consumer | node -pe 'JSON.parse(require("fs").readFileSync(0)).publishable_key')
region=$(curl -sf -H "x-publishable-api-key: $key" http://localhost:9213/store/regions | node -pe 'JSON.parse(require("fs").readFileSync(0)).regions[0].id')
cart=$(curl -sf -X POST -H "x-publishable-api-key: $key" -H 'content-type: application/json' \
  -d "{\"region_id\":\"$region\"}" http://localhost:9212/store/carts | node -pe 'JSON.parse(require("fs").readFileSync(0)).cart.id')
variant=$(curl -sf -H "x-publishable-api-key: $key" "http://localhost:9213/store/products?handle=colombia-huila&fields=variants.id" \
  | node -pe 'JSON.parse(require("fs").readFileSync(0)).products[0].variants[0].id')
items=$(curl -sf -X POST -H "x-publishable-api-key: $key" -H 'content-type: application/json' \
  -d "{\"variant_id\":\"$variant\",\"quantity\":2}" "http://localhost:9213/store/carts/$cart/line-items" \
  | node -pe 'JSON.parse(require("fs").readFileSync(0)).cart.items.length')
[ "$items" = "1" ] || { echo "cart through the second server has $items lines"; exit 1; }
# The admin is served by the API servers only, never by the worker; demo accounts do not exist in production.
[ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:9212/app)" != "404" ] || { echo "no admin on the server"; exit 1; }
login=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'content-type: application/json' \
  -d '{"email":"admin@example.com","password":"hybrid-demo"}' http://localhost:9212/auth/user/emailpass)
[ "$login" = "401" ] || { echo "demo admin answered $login in production"; exit 1; }
echo "scale-out smoke: 1 worker + 2 servers on Redis answered; a cart crossed servers; no demo accounts in production"
