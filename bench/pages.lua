-- wrk script: pages readers open, in turn: profiles of many organisations (half the requests, most of them
-- different ones, so that what is kept per page fills up as on a live site), the list's pages and searches.
-- Its argument is the number of generated organisations (slugs bench-1 ... bench-N; 0: the demo data alone):
--   wrk -t2 -c64 -d60s -s bench/pages.lua http://localhost:8090 -- 100000
local organisations = 100000
local searches = {
  "/organisations?q=paix",
  "/organisations?q=youth+mediation",
  "/organisations?q=dialogue&country=ml",
  "/organisations?q=women&theme=women-peace-and-security",
  "/organisations?q=peace+mediation&country=sn",
}
local headers = { ["Accept-Language"] = "en", ["Accept-Encoding"] = "gzip" }
local i = 0

init = function(args)
  if args[1] then organisations = tonumber(args[1]) end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

request = function()
  i = i + 1
  local path
  if i % 2 == 0 then
    path = (i % 10 == 0 or organisations == 0) and "/organisations/conascipal"
        or ("/organisations/bench-" .. math.random(organisations))
  elseif i % 4 == 1 then
    path = (i % 20 == 1) and "/organisations" or ("/organisations?page=" .. math.random(50))
  else
    path = searches[(i % #searches) + 1]
  end
  return wrk.format("GET", path, headers)
end

dofile("bench/report.lua") -- run from the repository root, as bench/pages.sh does
