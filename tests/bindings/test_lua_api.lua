-- test_lua_api.lua - the `require "netral"` module in lua5.4: options, misuse raising errors,
-- unreadable documents as error reports, annotation to a path and to a string, render, close.
-- usage: lua5.4 test_lua_api.lua MODULE_DIR SAMPLE.docx TMPDIR
local module_dir, sample, tmp = arg[1], arg[2], arg[3]
assert(module_dir and sample and tmp, "usage: test_lua_api.lua MODULE_DIR SAMPLE.docx TMPDIR")
package.cpath = module_dir .. "/?.so;" .. package.cpath

local passed, failed = 0, 0
local function check(ok, what)
  if ok then passed = passed + 1 else failed = failed + 1; print("not ok: " .. what) end
end
local function raises(fn, pattern, what)
  local ok, err = pcall(fn)
  check(not ok and tostring(err):find(pattern, 1, true) ~= nil,
        what .. " (got " .. tostring(ok) .. ", " .. tostring(err) .. ")")
end

local netral = require "netral"
check(type(netral.version) == "string" and netral.version:match("^%d+%.%d+%.%d+$"), "version")
check(netral.strerror(3) ~= "" and select(2, netral.strerror(3)) == "not-a-zip", "strerror")

-- options: bad ones raise, a rule folder that does not load gives nil, message, code
raises(function() netral.engine{lang = "fr"} end, "lang", "bad lang raises")
raises(function() netral.engine{min_severity = "extreme"} end, "min_severity", "bad severity")
raises(function() netral.engine{limits = {xml_depth = -1}} end, "xml_depth", "bad limit")
raises(function() netral.engine{rules = {42}} end, "rules", "non-string rule dir")
raises(function() netral.engine("x") end, "table", "options not a table")
local none, msg, code = netral.engine{rules = {"/nonexistent/netral-rules"}}
check(none == nil and code == "rules" and msg:find("/nonexistent/netral-rules", 1, true),
      "missing rule folder: " .. tostring(msg))

local e = assert(netral.engine{lang = "en", min_severity = "low",
                               limits = {file_bytes = 64 * 1024 * 1024, xml_depth = 128}})
check(tostring(e):find("netral.engine", 1, true), "tostring")
check(type(e:rules()) == "table" and #e:rules() > 0, "rules listed")
for _, r in ipairs(e:rules()) do check(r.id and r.category and r.severity, "rule info fields") end
check(#e:ruleset_id() > 0, "ruleset id")

-- misuse raises
raises(function() e:scan() end, "string expected", "scan without path")
raises(function() e.scan(nil, "x") end, "netral.engine expected", "scan without engine")
raises(function() netral.render({{}}, "jsonl") end, "not a report", "render a foreign table")
raises(function() netral.render({}, "pdf") end, "unknown format", "render unknown format")

-- unreadable documents are reports with an error, not exceptions
local r = e:scan("/nonexistent/memo.docx")
check(r.status == "error" and r.verdict == "error" and r.error.code == "not-found", "not-found")
r = e:scan_bytes("PK\3\4 not really", "upload.docx")
check(r.status == "error" and r.error.code == "not-a-zip" and r.path == "upload.docx", "not-a-zip")
check(#r.findings == 0, "no findings on error")

-- a real memo
local rep = e:scan(sample)
check(rep.status == "ok" and rep.path == sample, "sample scanned")
check(#rep.findings > 0 and rep.verdict == "violation", "sample is a violation")
for _, f in ipairs(rep.findings) do
  check(f.excerpt ~= nil and f["end"] > f.start and f.paragraph >= 0, "finding offsets")
end
local f = io.open(sample, "rb"); local data = f:read("a"); f:close()
local rep2 = e:scan_bytes(data, sample)
check(#rep2.findings == #rep.findings and rep2.verdict == rep.verdict, "bytes = path")

-- annotation
local out = tmp .. "/annotated.docx"
local ar = e:annotate(sample, out)
check(ar and #ar.findings == #rep.findings, "annotate to a path returns the report")
local fo = io.open(out, "rb"); check(fo and fo:read(2) == "PK", "annotated copy written"); if fo then fo:close() end
local nilv, amsg, acode = e:annotate(sample, sample)
check(nilv == nil and acode == "same-file" and #amsg > 0, "refuses to overwrite the input")
local bytes, brep = e:annotate_bytes(data)
check(type(bytes) == "string" and bytes:sub(1, 2) == "PK" and #brep.findings == #rep.findings,
      "annotate_bytes")
local back = e:scan_bytes(bytes, "annotated")
check(#back.findings == #rep.findings, "the annotated copy still reads the same")
local n2, m2, c2, r2 = e:annotate_bytes("garbage")
check(n2 == nil and c2 == "not-a-zip" and r2 and r2.status == "error", "annotate_bytes of garbage")

-- render several reports in every format
for _, fmt in ipairs{"jsonl", "json", "csv", "sarif", "html", "text"} do
  local s = netral.render({rep, r}, fmt)
  check(type(s) == "string" and #s > 0, "render " .. fmt)
end
local lines = 0
for _ in netral.render({rep, rep2, r}, "jsonl"):gmatch("[^\n]+") do lines = lines + 1 end
check(lines == 3, "jsonl has one line per report")

-- close, then every method raises; a second close is harmless; __close works
e:close()
e:close()
raises(function() e:scan(sample) end, "closed", "scan after close")
do
  local scoped <close> = assert(netral.engine())
  check(scoped:scan(sample).status == "ok", "to-be-closed engine")
end
collectgarbage()
collectgarbage()

print(string.format("%d passed, %d failed", passed, failed))
os.exit(failed == 0 and 0 or 1)
