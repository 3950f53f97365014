// review_page.js - drives the review page of `netral serve` in headless Chromium with puppeteer-core:
// uploads a memo through the file picker, checks every finding is highlighted on its exact words and
// listed in the side panel with its counts, clicks a highlight, downloads the annotated copy,
// switches to English, drops a second memo on the page, and keeps screenshots. Prints one JSON
// object {checks: [[ok, what], ...], download: PATH}; exit status 0 when every check passed.
// Usage: node review_page.js CONFIG.json  (url, chromium, sample, clean, expect, artefacts, downloads, profile)
"use strict";
const fs = require("fs");
const path = require("path");
const puppeteer = require("puppeteer-core");

const cfg = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const checks = [];
const check = (ok, what) => { checks.push([!!ok, what]); return ok; };
const SEV_ID = { high: "tinggi", medium: "sedang", low: "rendah", info: "info" };
const CAT_ID = { "endorsement": "Dukungan", "campaign-activity": "Kegiatan kampanye", "social-media": "Media sosial",
  "state-facility": "Fasilitas negara", "inducement": "Imbalan", "letterhead-misuse": "Penyalahgunaan kop surat" };

async function waitFor(page, fn, arg, timeout) {
  return page.waitForFunction(fn, { timeout: timeout || 60000, polling: 100 }, arg);
}

async function main() {
  const browser = await puppeteer.launch({
    executablePath: cfg.chromium,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + cfg.profile,
      "--window-size=1366,768"],
  });
  let download = null;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    const external = [];
    page.on("request", (r) => { if (!r.url().startsWith(cfg.url) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) external.push(r.url()); });
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(cfg.url, { waitUntil: "load" });
    check((await page.title()).includes("Tinjauan memo"), "the page opens in Indonesian (title)");
    check((await page.$eval("#drop", (e) => e.textContent)).includes("Seret memo DOCX ke sini"), "the drop zone speaks Indonesian");

    // 1. upload through the file picker
    const input = await page.$("#file");
    await input.uploadFile(cfg.sample);
    const want = cfg.expect.findings;
    await waitFor(page, (n) => document.querySelectorAll("#findings .finding").length === n, want.length);
    check(true, "the panel lists all " + want.length + " findings");
    check((await page.$eval("#verdict", (e) => e.textContent)) === "Pelanggaran", "the verdict reads Pelanggaran");

    // every finding: its highlighted pieces, in document order, spell its excerpt
    const spans = await page.evaluate(() => {
      const out = {};
      for (const m of document.querySelectorAll("#doc mark.hl, #doc .pin")) {
        const row = m.closest(".para");
        for (const i of m.dataset.f.split(" ")) {
          (out[i] = out[i] || { text: "", part: row.dataset.part, paragraph: Number(row.dataset.paragraph) });
          out[i].text += m.classList.contains("pin") ? "" : m.textContent;
        }
      }
      return out;
    });
    let exact = 0;
    want.forEach((f, i) => {
      const s = spans[String(i)];
      if (s && s.part === f.part && s.paragraph === f.paragraph && (f.start === f.end || s.text === f.excerpt)) exact++;
    });
    check(exact === want.length, "each finding is highlighted on exactly its words (" + exact + "/" + want.length + ")");
    const marks = await page.$$eval("#doc mark.hl", (ms) => ms.map((m) => m.className));
    check(marks.some((c) => c.includes("sev-high")), "high findings are marked as high");

    // the side panel: severity, category, message, legal basis, suggestion
    const items = await page.$$eval("#findings .finding", (fs) => fs.map((f) => ({
      sev: f.querySelector(".badge").textContent, cat: f.querySelector(".cat").textContent,
      msg: f.querySelector(".msg").textContent, dts: [...f.querySelectorAll("dt")].map((d) => d.textContent),
      dds: [...f.querySelectorAll("dd")].map((d) => d.textContent) })));
    let panelOk = 0;
    items.forEach((it, i) => {
      const f = want[i];
      if (it.sev === SEV_ID[f.severity] && it.cat === CAT_ID[f.category] && it.msg === f.message &&
          it.dts.includes("Dasar hukum") && it.dds.includes(f.basis) && (!f.suggestion || it.dds.includes(f.suggestion))) panelOk++;
    });
    check(panelOk === want.length, "each panel entry shows severity, category, message, basis and suggestion (" + panelOk + "/" + want.length + ")");

    // counts by category
    const chips = await page.$$eval("#counts .cat-count", (cs) => cs.map((c) => [c.dataset.cat, Number(c.querySelector("b").textContent)]));
    const byCat = {};
    for (const f of want) byCat[f.category] = (byCat[f.category] || 0) + 1;
    check(JSON.stringify(Object.fromEntries(chips)) === JSON.stringify(Object.fromEntries(Object.keys(CAT_ID).filter((c) => byCat[c]).map((c) => [c, byCat[c]]))),
      "the counts by category match: " + JSON.stringify(chips));

    await page.screenshot({ path: path.join(cfg.artefacts, "review-page.png") });
    await page.screenshot({ path: path.join(cfg.artefacts, "review-page-full.png"), fullPage: true });

    // click a highlight: its panel entry is selected; filter by a category
    await page.click("#doc mark.hl");
    const active = await page.$$eval("#findings .finding.active", (a) => a.map((x) => x.dataset.f));
    check(active.length >= 1, "clicking a highlight selects its finding in the panel");
    const firstCat = chips[0][0];
    /* the panel may still be scrolling smoothly to the selection: click the chip itself, not a point */
    await page.$eval('#counts .chip[data-cat="' + firstCat + '"]', (c) => c.click());
    const shown = await page.$$eval("#findings .finding", (fs) => fs.filter((f) => f.style.display !== "none").length);
    check(shown === byCat[firstCat], "filtering by a category shows its " + byCat[firstCat] + " findings");
    await page.$eval('#counts .chip[data-cat=""]', (c) => c.click());
    await page.screenshot({ path: path.join(cfg.artefacts, "review-page-selected.png") });

    // 2. download the annotated copy
    const cdp = await page.createCDPSession();
    await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: cfg.downloads, eventsEnabled: true });
    await page.click("#download");
    const t0 = Date.now();
    while (Date.now() - t0 < 60000) {
      const files = fs.readdirSync(cfg.downloads).filter((n) => n.endsWith(".docx"));
      if (files.length) { download = path.join(cfg.downloads, files[0]); break; }
      await new Promise((r) => setTimeout(r, 100));
    }
    check(download && path.basename(download) === cfg.expect.download_name,
      "the download button saves " + cfg.expect.download_name + " (got " + (download && path.basename(download)) + ")");
    await waitFor(page, () => document.getElementById("status").textContent.includes("diunduh"));
    check(true, "the page says the copy was downloaded");

    // 3. English
    await page.click("#lang-en");
    await waitFor(page, () => document.getElementById("verdict").textContent === "Violation");
    const enMsg = await page.$eval("#findings .finding .msg", (e) => e.textContent);
    check(enMsg !== want[0].message && (await page.$eval("#drop", (e) => e.textContent)).includes("Drop a DOCX memo here"),
      "the English switch translates the page and re-checks the memo in English");
    check((await page.$eval("#findings .finding dt", (e) => e.textContent)) === "Legal basis", "panel labels in English");
    await page.screenshot({ path: path.join(cfg.artefacts, "review-page-en.png") });

    // 4. drag and drop a clean memo
    const clean = fs.readFileSync(cfg.clean).toString("base64");
    await page.evaluate((b64, name) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bin], name, { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
      document.getElementById("drop").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, clean, path.basename(cfg.clean));
    await waitFor(page, () => document.getElementById("verdict").textContent === "Clean");
    check((await page.$$("#doc mark.hl")).length === 0 && (await page.$eval("#findings", (e) => e.textContent)).includes("No findings"),
      "a dropped clean memo: verdict Clean, no highlights, 'No findings'");
    check(external.length === 0, "the page loaded nothing from outside: " + external.slice(0, 3).join(", "));
    check(errors.length === 0, "no script errors: " + errors.slice(0, 3).join("; "));
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify({ checks, download }) + "\n");
  process.exit(checks.every((c) => c[0]) ? 0 : 1);
}

main().catch((e) => {
  checks.push([false, "the browser run failed: " + (e && e.stack || e)]);
  process.stdout.write(JSON.stringify({ checks, download: null }) + "\n");
  process.exit(1);
});
