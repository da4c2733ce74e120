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

dofile("bench/report.lua") -- run from the repository root, as bench/run.sh does
