-- wrk script: every request is a search nobody asked before, so no cached result can answer it. Words
-- are drawn from the generator's vocabulary (bench/generate.sql: pseudo-words, plus the real words it
-- sprinkles), alone or in pairs, some with a filter, the way readers combine them.
--
-- By default the pseudo-words are the long tail: five-letter words, each in about 0.75 % of profiles,
-- like the names, places and acronyms that make most distinct searches. With "-- broad" after the URL,
-- they are the four-letter words instead: each in about 10 % of profiles and, as a prefix, matching
-- up to 19 % (the worst case: a broad word that nobody has asked for yet).
local first = {"ka","lo","mi","sa","to","na","be","ri","du","fa","go","he","ji","ku","le","mo","nu","pa","se","vi"}
local second = {"ra","ne","li","so","ta","me","ki","bu","do","fe","ga","hi","jo","ku","la","mu","no","pe","si","vo"}
local third = {"n","r","l","s","t","m","k","b","d","x","","","","","","","","","",""}
local real = {"peace","paix","youth","women","dialogue","network","coalition","mediation","societe","civile"}
local countries = {"ml","sn","bf","ne","ci","gh","ng","cm","td","cd"}
local themes = {"peace-education","small-arms-control","women-peace-and-security","dialogue-and-mediation","early-warning"}
local counter = 0

-- The generator's pseudo_word(n), n in 0..7999.
local function pseudo(n)
  return first[1 + n % 20] .. second[1 + math.floor(n / 20) % 20] .. third[1 + math.floor(n / 400) % 20]
end

local broad = false

function init(args)
  broad = args[1] == "broad"
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

-- A pseudo-word of the chosen kind: n below 4000 gives five letters, from 4000 to 7999 four.
local function word()
  if broad then
    return pseudo(math.random(4000, 7999))
  end
  return pseudo(math.random(0, 3999))
end

request = function()
  counter = counter + 1
  local r = math.random(100)
  local words
  if r <= 45 then
    words = word()
  elseif r <= 75 then
    words = word() .. "+" .. word()
  else
    words = real[math.random(#real)] .. "+" .. word()
  end
  local path = "/organisations?q=" .. words
  local f = math.random(100)
  if f <= 20 then
    path = path .. "&country=" .. countries[math.random(#countries)]
  elseif f <= 35 then
    path = path .. "&theme=" .. themes[math.random(#themes)]
  end
  return wrk.format("GET", path, { ["Accept-Language"] = (counter % 3 == 0) and "fr" or "en" })
end

dofile("bench/report.lua") -- run from the repository root, as bench/run.sh does
