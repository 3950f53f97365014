-- list_duplicates.lua - one source for each word: no entry appears twice in one list, counting
-- every file that extends it (lists/cues.lua and lists/cues_extra.lua both add to cue_prohibition).
-- Usage: lua5.4 tests/rules/list_duplicates.lua LUA_DIR   (exit 1 and the duplicates when any)
local dir = assert(arg[1], "usage: list_duplicates.lua LUA_DIR")
local lists, order, first = {}, {}, {}
local env = setmetatable({}, { __index = _G })
local file
function env.list(name)
  return function(words)
    if not lists[name] then lists[name] = {}; order[#order + 1] = name end
    for _, w in ipairs(words) do
      if type(w) == "string" then
        local seen = first[name .. "\0" .. w]
        if seen then lists[name][#lists[name] + 1] = ("%s: %q in %s and %s"):format(name, w, seen, file)
        else first[name .. "\0" .. w] = file end
      end
    end
  end
end
function env.roots() end
local n, dups = 0, 0
for f in io.popen('ls "' .. dir .. '"/lists/*.lua'):lines() do
  file = f:match("[^/]+$")
  local chunk = assert(loadfile(f, "t", env))
  chunk()
  n = n + 1
end
for _, name in ipairs(order) do
  for _, line in ipairs(lists[name]) do print("DUPLICATE " .. line); dups = dups + 1 end
end
print(("list files: %d, lists: %d, duplicated entries: %d"):format(n, #order, dups))
os.exit(dups == 0 and 0 or 1)
