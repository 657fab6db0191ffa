-- One kind of Limber traffic for wrk, chosen by KIND: catalogue, build, read or complete.
-- load-test.sh runs one wrk per kind at the same time, so that each kind gets its own latency percentiles.
-- To add a kind: add a function to KINDS below and its name to KINDS in load-test.sh.
local kind = os.getenv("KIND")
local cookie = "limber_owner=" .. os.getenv("OWNER_COOKIE")
local json = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
local owner_json = { ["Content-Type"] = "application/json", ["Accept"] = "application/json", ["Cookie"] = cookie }

local function lines(path)
  local all = {}
  for line in io.lines(path) do all[#all + 1] = line end
  return all
end

local routines = lines(os.getenv("ROUTINES_FILE"))
local slugs = lines(os.getenv("SLUGS_FILE"))
local focuses = { "tight", "weak", "recovering", "hips", "balanced" }
local n = 0

local KINDS = {
  -- the catalogue list and an exercise page, in turn
  catalogue = function()
    if n % 2 == 0 then return wrk.format("GET", "/exercises") end
    return wrk.format("GET", "/exercises/" .. slugs[n % #slugs + 1])
  end,
  -- a first-time visitor builds a routine: a new owner, key and routine each time
  build = function()
    local body = string.format('{"minutes":%d,"focus":"%s","setting":"%s"}', 5 + n % 26,
      focuses[n % #focuses + 1], (n % 3 == 0) and "desk" or "floor")
    return wrk.format("POST", "/api/routines", json, body)
  end,
  -- the owner reads a routine as JSON and as its page, in turn
  read = function()
    local id = routines[n % #routines + 1]
    if n % 2 == 0 then return wrk.format("GET", "/api/routines/" .. id, { ["Cookie"] = cookie }) end
    return wrk.format("GET", "/routines/" .. id, { ["Cookie"] = cookie })
  end,
  -- the owner logs a finished session
  complete = function()
    local id = routines[n % #routines + 1]
    local body = string.format('{"durationSeconds":%d,"painBefore":%d,"painAfter":%d}', 300 + n % 600, n % 11, n % 4)
    return wrk.format("POST", "/api/routines/" .. id .. "/completions", owner_json, body)
  end,
}

local make = KINDS[kind]
if make == nil then error("unknown KIND " .. tostring(kind)) end

request = function()
  n = n + 1
  return make()
end

