-- netral/explain.lua - `netral explain` as text: renders the trace netral/scan.lua records (tokens,
-- list hits, cues, every rule's candidates and their fate, document rules, findings) for people.
local X = {}

local function lines()
  local out = {}
  return out, function(fmt, ...)
    out[#out + 1] = select("#", ...) > 0 and string.format(fmt, ...) or fmt
  end
end

local function q(s) return "\u{201C}" .. tostring(s or "") .. "\u{201D}" end

local function span(a) return a.first == a.last and ("[" .. a.first .. "]") or ("[" .. a.first .. "-" .. a.last .. "]") end

local WHERE = {
  id = { body = "badan dokumen", table = "tabel", textbox = "kotak teks", header = "kop/header",
         footer = "kaki halaman", footnote = "catatan kaki", endnote = "catatan akhir", comment = "komentar" },
  en = { body = "document body", table = "table", textbox = "text box", header = "header",
         footer = "footer", footnote = "footnote", endnote = "endnote", comment = "comment" },
}

function X.render(t)
  local en = t.lang == "en"
  local function T(id, e) return en and e or id end
  local out, w = lines()
  local report = t.report or { findings = {}, rule_errors = {} }
  w("netral explain: %s  (%s %s)", report.path or "?", T("set aturan", "rule set"), (t.ruleset or ""):sub(1, 12))
  if t.rule then w(T("Hanya aturan %s.", "Only rule %s."), t.rule) end

  -- How a matcher failed, in words.
  local function nomatch_text(d)
    if not d then return "?" end
    if d.what == "no_hit" then
      return d.matcher .. T(": tidak ada kata dari daftar ini di paragraf", ": no word of this list in the paragraph")
    elseif d.what == "apart" then
      local parts = {}
      for _, x in ipairs(d.parts or {}) do
        parts[#parts + 1] = x.matcher .. T(" di kalimat ", " in sentence ") .. table.concat(x.sentences, ", ")
      end
      return d.matcher .. T(": bagiannya tidak dalam satu kalimat (", ": its parts are not in one sentence (") ..
        table.concat(parts, "; ") .. ")"
    elseif d.what == "too_far" then
      return string.format(T("%s: jarak terdekat %d token, batasnya %d", "%s: closest %d tokens apart, the limit is %d"),
        d.matcher, d.closest or -1, d.window or -1)
    elseif d.what == "excluded" then
      return d.matcher .. T(": dikecualikan", ": excluded") ..
        (d.hit and (T(" oleh ", " by ") .. q(d.hit.text) .. " " .. span(d.hit)) or "")
    elseif d.what == "order" then
      return d.matcher .. string.format(T(": bagian pertama tidak muncul sebelum bagian kedua dalam %d token",
        ": no hit of the first part ends before the second within %d tokens"), d.window or 0)
    elseif d.what == "too_few" then
      return string.format(T("%s: hanya %d dari %d yang diperlukan ada", "%s: only %d of the %d needed occur"),
        d.matcher, #(d.present or {}), d.k or 0) ..
        (#(d.absent or {}) > 0 and (T("; tidak ada: ", "; absent: ") .. table.concat(d.absent, ", ")) or "")
    end
    return d.matcher or "?"
  end

  local shown, quiet = 0, 0
  for _, p in ipairs(t.paragraphs or {}) do
    local asked = t.paragraph ~= nil
    if #p.hits == 0 and #p.rules == 0 and not asked then
      quiet = quiet + 1
    else
      shown = shown + 1
      w("")
      w("== %s, %s %d (%s) ==", p.part, T("paragraf", "paragraph"), p.index + 1, (WHERE[t.lang] or WHERE.id)[p.where] or p.where)
      w("  %s", q(p.text))
      -- tokens by sentence: norm, ->stem when it differs, (text) when the text was normalised
      local by_sent, order = {}, {}
      for i, tok in ipairs(p.tokens) do
        local s = tok.sentence
        if not by_sent[s] then by_sent[s] = {}; order[#order + 1] = s end
        local item = tok.norm
        if tok.stem and tok.stem ~= "" and tok.stem ~= tok.norm then item = item .. "\u{2192}" .. tok.stem end
        if tok.text and tok.text:lower() ~= tok.norm then item = item .. "(" .. tok.text .. ")" end
        by_sent[s][#by_sent[s] + 1] = i .. ":" .. item
      end
      for _, s in ipairs(order) do
        w("  %s %d: %s", T("kalimat", "sentence"), s, table.concat(by_sent[s], " "))
      end
      if #p.hits > 0 then
        w("  %s", T("kata dari daftar:", "list hits:"))
        for _, h in ipairs(p.hits) do w("    %-9s %-40s %s", span(h), q(h.text), h.list) end
      else
        w("  %s", T("kata dari daftar: tidak ada", "list hits: none"))
      end
      if #p.cues > 0 then
        w("  %s", T("isyarat (cue):", "cues:"))
        for _, c in ipairs(p.cues) do
          local scope = c.scope == "before" and (c.window > 0 and string.format(T("sebelum kecocokan, paling jauh %d token", "before the match, within %d tokens"), c.window)
            or T("sebelum kecocokan, dalam kalimatnya", "before the match, in its sentence"))
            or c.scope == "sentence" and T("dalam kalimat kecocokan", "in the match's sentences") or T("dalam paragraf", "in the paragraph")
          local words = {}
          for _, x in ipairs(c.words) do
            words[#words + 1] = q(x.text) .. " " .. span(x) .. (x.excepted and T(" (pengecualian)", " (excepted)") or "")
          end
          w("    %-16s (%s): %s%s", c.name, scope, #words > 0 and table.concat(words, ", ") or "-",
            c.leadin and T("; paragraf ini butir di bawah pengantar berisi kata isyarat", "; this paragraph is an item under a lead-in with a cue word") or "")
        end
      end
      if #p.rules > 0 then
        w("  %s", T("aturan:", "rules:"))
        local filtered = {}
        for _, r in ipairs(p.rules) do
          if r.prefiltered and not t.rule then filtered[#filtered + 1] = r.rule end
        end
        for _, r in ipairs(p.rules) do
          local head = "    " .. r.rule
          if r.prefiltered and not t.rule then goto continue end
          if r.error then
            w("%s: %s", head, T("galat aturan (lihat rule_errors)", "rule error (see rule_errors)"))
          elseif r.asleep then
            w("%s: %s", head, T("tidur: belum dibangunkan aturan lain di dokumen ini",
              "asleep: no rule woke it in this document yet"))
          elseif r.skipped == "when" then
            w("%s: %s", head, T("dilewati oleh `when`", "skipped by `when`"))
          elseif r.nomatch then
            w("%s: %s%s", head, r.prefiltered and T("(disaring sebelum Lua) ", "(filtered out before Lua) ") or "",
              T("tidak cocok \u{2014} ", "no match \u{2014} ") .. nomatch_text(r.nomatch))
          else
            w("%s: %d %s  %s", head, #r.candidates, T("kandidat", "candidate(s)"), r.matcher)
          end
          for _, note in ipairs(r.notes or {}) do w("        \u{00B7} %s", note) end
          for _, c in ipairs(r.candidates or {}) do
            local fate
            if c.fate == "kept" then
              fate = string.format(T("DIPAKAI: %s, keyakinan %.2f", "KEPT: %s, confidence %.2f"), c.severity, c.confidence or 0)
            elseif c.fate == "cue" then
              fate = T("DITOLAK oleh isyarat ", "DROPPED by cue ") .. c.cue.name ..
                (c.cue.text and (": " .. q(c.cue.text) .. " " .. span(c.cue)) or "") ..
                (c.cue.leadin and T(" (butir di bawah pengantar)", " (item under a lead-in)") or "")
            elseif c.fate == "check" then
              fate = T("DITOLAK oleh check", "DROPPED by check")
            elseif c.fate == "skipped" then
              fate = T("dilewati: aturan ini sudah punya temuan di kalimat/paragraf ini",
                "skipped: the rule already has a finding in this sentence/paragraph")
            else
              fate = "?"
            end
            local parts = {}
            for _, h in ipairs(c.hits) do parts[#parts + 1] = h.list .. " " .. span(h) end
            w("      %s %s %s (%s %d; %s): %s", T("kandidat", "candidate"), span(c), q(c.text), T("jarak", "distance"),
              c.distance or 0, table.concat(parts, ", "), fate)
            for _, note in ipairs(c.notes or {}) do w("        \u{00B7} %s", note) end
          end
          ::continue::
        end
        if #filtered > 0 then
          w("    %s %s", T("tidak cocok (daftar yang diperlukan tidak lengkap; rinciannya dengan --rule ID):",
            "no match (the lists they need do not all occur; details with --rule ID):"), table.concat(filtered, ", "))
        end
      end
    end
  end
  if quiet > 0 then
    w("")
    w(T("%d paragraf lain tanpa kata dari daftar mana pun.", "%d other paragraphs without any list hit."), quiet)
  end
  if shown == 0 and quiet == 0 then
    w("")
    w(T("Tidak ada paragraf berisi teks yang cocok dengan permintaan.", "No paragraph with text matches the request."))
  end

  if #(t.document_rules or {}) > 0 then
    w("")
    w("== %s ==", T("aturan dokumen", "document rules"))
    local function ref(f)
      return string.format("%s %s %s \u{00B6}%d", f.severity or "?", f.rule or "?", f.part or "?", (f.paragraph or 0) + 1)
    end
    for _, d in ipairs(t.document_rules) do
      if d.error then
        w("  %s: %s", d.rule, T("galat aturan (lihat rule_errors)", "rule error (see rule_errors)"))
      elseif #d.added == 0 and #d.changed == 0 and #d.removed == 0 then
        w("  %s: %s", d.rule, T("tidak mengubah apa pun", "changed nothing"))
      else
        w("  %s:", d.rule)
      end
      for _, f in ipairs(d.added) do w("    + %s: %s", T("menambah", "adds"), ref(f)) end
      for _, f in ipairs(d.changed) do
        w("    ~ %s: %s (%s %s)", T("mengubah", "changes"), ref(f), T("sebelumnya", "was"), f.was and f.was.severity or "?")
      end
      for _, f in ipairs(d.removed) do w("    - %s: %s", T("menghapus", "removes"), ref(f)) end
      for _, note in ipairs(d.notes or {}) do w("    \u{00B7} %s", note) end
    end
  end

  w("")
  w("== %s ==", T("temuan (seperti laporan scan)", "findings (as a scan reports them)"))
  if #report.findings == 0 then w("  %s", T("tidak ada", "none")) end
  for _, f in ipairs(report.findings) do
    w("  %-6s %s  %s \u{00B6}%d %s%s", f.severity, f.rule, f.part, f.paragraph + 1, q(f.excerpt),
      f.also and (T(" (juga ", " (also ") .. table.concat(f.also, ", ") .. ")") or "")
  end
  for _, e in ipairs(report.rule_errors or {}) do w("  %s %s", T("galat aturan:", "rule error:"), e) end
  w("  %s: %s", T("putusan", "verdict"), report.verdict or "?")
  return table.concat(out, "\n") .. "\n"
end

return X
