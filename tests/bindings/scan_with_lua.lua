-- scan_with_lua.lua - scans files with `require "netral"` in lua5.4 and prints one JSON line per
-- document built from the returned Lua tables (not from netral.render), for comparison with the CLI.
-- usage: lua5.4 scan_with_lua.lua MODULE_DIR [--bytes] PATH...
local module_dir = assert(arg[1], "usage: scan_with_lua.lua MODULE_DIR [--bytes] PATH...")
package.cpath = module_dir .. "/?.so;" .. package.cpath
local netral = require "netral"

local function encode(v)
  local t = type(v)
  if t == "string" then
    return '"' .. v:gsub('[%c"\\]', function(c)
      return string.format("\\u%04x", c:byte())
    end) .. '"'
  elseif t == "number" then
    return math.type(v) == "integer" and tostring(v) or string.format("%.17g", v)
  elseif t == "boolean" then
    return tostring(v)
  elseif t == "nil" then
    return "null"
  end
  if #v > 0 or next(v) == nil then
    local parts = {}
    for i = 1, #v do parts[i] = encode(v[i]) end
    return "[" .. table.concat(parts, ",") .. "]"
  end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys)
  local parts = {}
  for i, k in ipairs(keys) do parts[i] = encode(k) .. ":" .. encode(v[k]) end
  return "{" .. table.concat(parts, ",") .. "}"
end

local engine = assert(netral.engine{})
local as_bytes = false
for i = 2, #arg do
  local path = arg[i]
  if path == "--bytes" then
    as_bytes = true
  else
    local report
    if as_bytes then
      local f = assert(io.open(path, "rb"))
      local data = f:read("a")
      f:close()
      report = engine:scan_bytes(data, path)
    else
      report = engine:scan(path)
    end
    -- every finding carries every contract field
    for _, f in ipairs(report.findings) do
      for _, k in ipairs{"rule", "category", "severity", "confidence", "part", "paragraph",
                         "start", "end", "excerpt", "message", "basis"} do
        assert(f[k] ~= nil, "finding without " .. k)
      end
    end
    -- the C renderer accepts the table it came from
    assert(netral.render(report, "jsonl"):sub(1, 8) == '{"path":')
    io.write(encode(report), "\n")
  end
end
engine:close()
