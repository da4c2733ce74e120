-- wrk script: each request asks one of these searches, in turn, as readers would.
local paths = {
  "/organisations?q=paix",
  "/organisations?q=conasipal",
  "/organisations?q=societe+civile+armes+legeres",
  "/organisations?q=youth+mediation",
  "/organisations?q=dialogue&country=ml",
  "/organisations?q=women&theme=women-peace-and-security",
  "/organisations?q=reconciliation+network&level=local",
  "/organisations?q=coalition&verified=false&since=2015",
  "/organisations?q=kalon+mirad",
  "/organisations?q=peace+mediation&country=sn",
}
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Language"] = "en" })
end

done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: %d (status %d)\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.errors.status))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max: %.1f ms, mean: %.1f ms\n", latency.max / 1000, latency.mean / 1000))
end
