-- wrk script: the list page without words, with and without filters.
local paths = {
  "/organisations",
  "/organisations?page=250",
  "/organisations?country=sn",
  "/organisations?theme=peace-education&sort=updated",
  "/organisations?level=international&since=2020",
}
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Language"] = "en" })
end

dofile("bench/report.lua") -- run from the repository root, as bench/run.sh does
