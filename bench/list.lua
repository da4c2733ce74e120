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

done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: %d\n", summary.requests, summary.errors.status))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
