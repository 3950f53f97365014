/* report_html.c - the HTML report for inspectors: one self-contained page (no external asset, works
 * offline) with a row per memo (nomor, hal, tanggal, instansi), filters by verdict, severity,
 * category and office, and rows that expand to every finding. Rows stream; the summary is
 * written at the end and shown on top by CSS order. */
#include "report_int.h"

#include <stdlib.h>
#include <string.h>

static void html_esc(nt_buf *b, const char *s) {
    for (const char *p = s ? s : ""; *p; p++) {
        switch (*p) {
        case '&': nt_buf_puts(b, "&amp;"); break;
        case '<': nt_buf_puts(b, "&lt;"); break;
        case '>': nt_buf_puts(b, "&gt;"); break;
        case '"': nt_buf_puts(b, "&quot;"); break;
        case '\'': nt_buf_puts(b, "&#39;"); break;
        default: nt_buf_putc(b, *p);
        }
    }
}

/* Text may hold invalid UTF-8 from a hostile document: bad bytes become U+FFFD first. */
static void html_text(nt_buf *b, const char *s) {
    if (!s) return;
    char *clean = nt_rep_utf8_clean(s);
    html_esc(b, clean ? clean : s);
    free(clean);
}

/* At most max bytes of s (cut at a character boundary, "…" added). */
static void html_text_cut(nt_buf *b, const char *s, size_t max) {
    if (!s) return;
    size_t n = strlen(s), cut = nt_utf8_cut(s, n, max);
    if (cut == n) {
        html_text(b, s);
        return;
    }
    char *part = nt_strndup(s, cut);
    if (!part) {
        b->oom = 1;
        return;
    }
    html_text(b, part);
    nt_buf_puts(b, "\xE2\x80\xA6");
    free(part);
}

static const char HTML_CSS[] =
    "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;"
    "background:#f4f5f7;color:#1d2330}main{display:flex;flex-direction:column;max-width:1400px;"
    "margin:0 auto;padding:20px}h1{margin:0 0 4px;font-size:22px}h2{font-size:17px;margin:18px 0 "
    "8px}"
    ".meta{color:#5b6475;font-size:12px}.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}"
    ".card{background:#fff;border-radius:8px;padding:10px 16px;min-width:110px;"
    "box-shadow:0 1px 2px rgba(0,0,0,.08)}.card b{display:block;font-size:22px}"
    ".card span{color:#5b6475;font-size:12px}.panel{background:#fff;border-radius:8px;padding:12px "
    "16px;"
    "box-shadow:0 1px 2px rgba(0,0,0,.08)}.warn{background:#fff1cc;border:1px solid #e0b400;"
    "border-radius:8px;padding:10px 14px;margin:10px 0;font-weight:600;color:#6b4a00}"
    ".note{background:#e8f0fb;border:1px solid #9dbbe6;border-radius:8px;padding:8px "
    "14px;margin:10px 0}"
    ".controls{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 10px;align-items:center}"
    ".controls input{flex:1;min-width:220px;padding:6px 8px;border:1px solid "
    "#c8ccd4;border-radius:6px}"
    ".controls select{padding:6px;border:1px solid #c8ccd4;border-radius:6px;max-width:260px}"
    "table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;"
    "vertical-align:top;padding:6px 8px}tr.row td{border-top:1px solid "
    "#e3e6eb}th{background:#eef0f4;"
    "cursor:pointer;user-select:none;white-space:nowrap}th:after{content:' \\2195';color:#9aa1ad}"
    "th.tg:after{content:''}th.asc:after{content:' \\2191'}th.desc:after{content:' \\2193'}"
    "td.path{word-break:break-all;max-width:260px}td.office{max-width:220px;font-size:12px}"
    "tr.row{cursor:pointer}tr.row:hover td{background:#f7f8fb}td.tg "
    "button{border:0;background:none;"
    "cursor:pointer;font-size:14px;padding:0 2px}.js tr.detail{display:none}"
    ".js tbody.open tr.detail{display:table-row}tr.detail td{background:#fafbfc;border-top:1px "
    "dashed #e3e6eb}"
    "ol.f{margin:4px 0;padding-left:22px}ol.f li{margin:6px "
    "0}.facts{display:flex;flex-wrap:wrap;gap:4px 18px;"
    "font-size:12px;color:#39404d;margin-bottom:4px}.facts b{color:#5b6475;font-weight:600}"
    ".basis,.sugg{font-size:12px;color:#39404d}.v{padding:1px 7px;border-radius:9px;font-size:12px;"
    "white-space:nowrap}.v-violation{background:#fde2e1;color:#a1120b}.v-review{background:#fff1cc;"
    "color:#7a5200}.v-clean{background:#e2f4e6;color:#1e6b33}.v-error{background:#e4e6eb;color:#"
    "39404d}"
    ".s3{color:#a1120b;font-weight:600}.s2{color:#b45309;font-weight:600}.s1{color:#7a5200}"
    "q{background:#fff6bf}small{color:#5b6475}a.ann{font-size:12px;white-space:nowrap}"
    "#summary{order:-1}.empty{color:#5b6475;padding:8px}";

/* Filters (text, verdict, minimum severity, category, office), sorting by header click, rows that
 * expand; the URL fragment may preset them (#v=all&sev=2&cat=inducement&office=...&q=...&sort=-3
 * &open=all) so a link can share a view. */
static const char HTML_JS[] =
    "(function(){var d=document;d.documentElement.className+=' js';"
    "var t=d.getElementById('t'),q=d.getElementById('q'),vs=d.getElementById('v'),"
    "sev=d.getElementById('sev'),cat=d.getElementById('cat'),off=d.getElementById('office'),"
    "shown=d.getElementById('shown'),hs=t.tHead.rows[0].cells,"
    "ms=Array.prototype.slice.call(t.tBodies),cats={},offs={},N=/^-?[0-9]+(\\.[0-9]+)?$/;"
    "var L=JSON.parse(d.getElementById('labels').textContent);"
    "ms.forEach(function(m){(m.getAttribute('data-cats')||'').split(' ').forEach(function(c){"
    "if(c)cats[c]=1;});var o=m.getAttribute('data-office');if(o)offs[o]=1;});"
    "function opt(s,v,l){var "
    "o=d.createElement('option');o.value=v;o.textContent=l;s.appendChild(o);}"
    "Object.keys(cats).sort().forEach(function(c){opt(cat,c,L[c]||c);});"
    "Object.keys(offs).sort().forEach(function(o){opt(off,o,o);});"
    "function apply(){var "
    "s=q.value.toLowerCase(),v=vs.value,sv=sev.value,c=cat.value,o=off.value,n=0;"
    "ms.forEach(function(m){var "
    "mv=m.getAttribute('data-v'),ok=v==='attention'?mv!=='clean':(!v||mv===v);"
    "if(ok&&sv!=='')ok=parseInt(m.getAttribute('data-sev'),10)>=parseInt(sv,10);"
    "if(ok&&c)ok=(' '+m.getAttribute('data-cats')+' ').indexOf(' '+c+' ')>=0;"
    "if(ok&&o)ok=m.getAttribute('data-office')===o;"
    "if(ok&&s)ok=m.textContent.toLowerCase().indexOf(s)>=0;"
    "m.style.display=ok?'':'none';if(ok)n++;});shown.textContent=n+' / '+ms.length;}"
    "function toggle(m,open){if(open===undefined)open=!/\\bopen\\b/.test(m.className);"
    "m.className=m.className.replace(/ ?\\bopen\\b/g,'')+(open?' open':'');"
    "var b=m.querySelector('td.tg "
    "button');if(b){b.setAttribute('aria-expanded',open?'true':'false');"
    "b.textContent=open?'\\u25BE':'\\u25B8';}}"
    "t.addEventListener('click',function(e){var r=e.target.closest('tr.row');"
    "if(!r||e.target.closest('a'))return;toggle(r.parentNode);});"
    "function "
    "sortBy(i,asc){Array.prototype.forEach.call(hs,function(h){h.className=h.className==='tg'?'tg':"
    "'';});"
    "hs[i].className=asc?'asc':'desc';ms.sort(function(a,b){var "
    "x=a.rows[0].cells[i],y=b.rows[0].cells[i],"
    "p=x.getAttribute('data-v'),r=y.getAttribute('data-v'),k;"
    "if(p!==null&&r!==null&&N.test(p)&&N.test(r))k=parseFloat(p)-parseFloat(r);"
    "else k=(p!==null?p:x.textContent).localeCompare(r!==null?r:y.textContent);"
    "return asc?k:-k;});ms.forEach(function(m){t.appendChild(m);});}"
    "[q].forEach(function(e){e.addEventListener('input',apply);});"
    "[vs,sev,cat,off].forEach(function(e){e.addEventListener('change',apply);});"
    "Array.prototype.forEach.call(hs,function(th,i){if(i)th.addEventListener('click',function(){"
    "sortBy(i,th.className!=='asc');});});"
    "location.hash.replace(/^#/,'').split('&').forEach(function(kv){var p=kv.split('='),"
    "v=decodeURIComponent(p.slice(1).join('=')||'');if(p[0]==='q')q.value=v;"
    "else if(p[0]==='v')vs.value=v==='all'?'':v;else if(p[0]==='sev')sev.value=v;"
    "else if(p[0]==='cat')cat.value=v;else if(p[0]==='office')off.value=v;"
    "else if(p[0]==='open')ms.forEach(function(m,j){if(v==='all'||String(j+1)===v||"
    "m.getAttribute('data-path')===v)toggle(m,true);});"
    "else if(p[0]==='sort'&&/^-?[0-9]+$/.test(v)){var i=Math.abs(parseInt(v,10));"
    "if(i>0&&i<hs.length)sortBy(i,v.charAt(0)!=='-');}});"
    "apply();})();";

#define HTML_COLS 10

void nt_html_begin(nt_writer *w) {
    nt_buf *b = &w->buf;
    int en = w->en;
    nt_buf_printf(b,
                  "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width\">"
                  "<title>%s</title><style>%s</style></head>\n<body><main>\n",
                  en ? "en" : "id", en ? "Netral report" : "Laporan Netral", HTML_CSS);
    nt_buf_printf(b,
                  "<section id=\"rows\"><h2>%s</h2><div class=\"controls\">"
                  "<input id=\"q\" type=\"search\" placeholder=\"%s\">",
                  en ? "Memos" : "Memo",
                  en ? "Filter by path, number, subject, excerpt\xE2\x80\xA6"
                     : "Saring menurut berkas, nomor, hal, kutipan\xE2\x80\xA6");
    nt_buf_printf(b,
                  "<select id=\"v\" aria-label=\"%s\"><option value=\"attention\">%s</option>"
                  "<option value=\"\">%s</option><option value=\"violation\">%s</option>"
                  "<option value=\"review\">%s</option><option value=\"clean\">%s</option>"
                  "<option value=\"error\">%s</option></select>",
                  en ? "Verdict" : "Putusan", en ? "Needs attention" : "Perlu perhatian",
                  en ? "All verdicts" : "Semua putusan", en ? "Violation" : "Pelanggaran",
                  en ? "Needs review" : "Perlu ditinjau", en ? "Clean" : "Bersih",
                  en ? "Unreadable" : "Tidak terbaca");
    nt_buf_printf(b,
                  "<select id=\"sev\" aria-label=\"%s\"><option value=\"\">%s</option>"
                  "<option value=\"3\">%s</option><option value=\"2\">%s</option>"
                  "<option value=\"1\">%s</option><option value=\"0\">%s</option></select>",
                  en ? "Severity" : "Tingkat", en ? "Any severity" : "Semua tingkat",
                  en ? "high" : "tinggi", en ? "medium and above" : "sedang ke atas",
                  en ? "low and above" : "rendah ke atas", en ? "info and above" : "info ke atas");
    nt_buf_printf(b,
                  "<select id=\"cat\" aria-label=\"%s\"><option value=\"\">%s</option></select>"
                  "<select id=\"office\" aria-label=\"%s\"><option value=\"\">%s</option></select>"
                  "<small id=\"shown\"></small></div>\n",
                  en ? "Category" : "Kategori", en ? "All categories" : "Semua kategori",
                  en ? "Office" : "Instansi", en ? "All offices" : "Semua instansi");
    nt_buf_printf(b,
                  "<table id=\"t\"><thead><tr><th class=\"tg\"></th><th>%s</th><th>%s</th>"
                  "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
                  "</tr></thead>\n",
                  en ? "Document" : "Berkas", en ? "Number" : "Nomor", en ? "Subject" : "Hal",
                  en ? "Date" : "Tanggal", en ? "Office" : "Instansi", en ? "Verdict" : "Putusan",
                  en ? "Severity" : "Tingkat", en ? "Categories" : "Kategori",
                  en ? "Findings" : "Temuan");
}

/* Category labels for the cell (b) and codes for the memo's data-cats filter attribute. */
static void html_categories(const nt_writer *w, const netral_report *r, nt_buf *b, nt_buf *attr) {
    int seen[NT_NCATS + 1] = {0}, first = 1;
    for (size_t i = 0; r->status == NETRAL_OK && i < r->nfindings; i++) {
        const char *c = r->findings[i].category;
        int k = nt_rep_cat_index(c);
        if (k >= 0 && seen[k]) continue;
        if (k >= 0)
            seen[k] = 1;
        else if (attr->n && strstr(nt_buf_cstr(attr), nt_rep_or(c, "?")))
            continue;
        if (!first) {
            nt_buf_puts(b, ", ");
            nt_buf_putc(attr, ' ');
        }
        html_text(b, nt_rep_cat_label(c, w->en));
        html_text(attr, nt_rep_or(c, "?"));
        first = 0;
    }
}

static void link(nt_buf *b, const char *href, const char *cls, const char *label_text,
                 int escape_label) {
    nt_buf_printf(b, "<a class=\"%s\" href=\"", cls);
    nt_rep_uri(b, href); /* percent-encoded: nothing left to escape for HTML */
    nt_buf_puts(b, "\">");
    if (escape_label)
        html_text(b, label_text);
    else
        nt_buf_puts(b, label_text);
    nt_buf_puts(b, "</a>");
}

static void memo_cell(nt_buf *b, const netral_report *r, size_t field, const char *cls) {
    const char *v = r->status == NETRAL_OK ? nt_memo_field(&r->memo, field) : NULL;
    nt_buf_printf(b, "<td%s%s%s", cls ? " class=\"" : "", cls ? cls : "", cls ? "\"" : "");
    if (field == 2) { /* the date sorts by its ISO form */
        const char *iso = r->status == NETRAL_OK ? r->memo.date_iso : NULL;
        nt_buf_puts(b, " data-v=\"");
        html_text(b, iso ? iso : "");
        nt_buf_putc(b, '"');
    }
    nt_buf_putc(b, '>');
    html_text(b, v);
    nt_buf_puts(b, "</td>");
}

static void detail_facts(nt_writer *w, const netral_report *r) {
    nt_buf *b = &w->buf;
    static const size_t order[] = {0, 1, 2, 4, 5, 6, 7};
    int any = 0;
    for (size_t k = 0; r->status == NETRAL_OK && k < sizeof order / sizeof order[0]; k++) {
        const char *v = nt_memo_field(&r->memo, order[k]);
        if (!v) continue;
        if (!any) nt_buf_puts(b, "<div class=\"facts\">");
        any = 1;
        nt_buf_printf(b, "<span><b>%s</b> ", nt_rep_memo_label(order[k], w->en));
        html_text(b, v);
        nt_buf_puts(b, "</span>");
    }
    if (any) nt_buf_puts(b, "</div>");
}

static void detail(nt_writer *w, const netral_report *r, const nt_doc_links *l) {
    nt_buf *b = &w->buf;
    int en = w->en;
    nt_buf_printf(b, "<tr class=\"detail\"><td></td><td colspan=\"%d\">", HTML_COLS - 1);
    detail_facts(w, r);
    if (l && (l->original || l->annotated)) {
        nt_buf_puts(b, "<div class=\"facts\">");
        if (l->original) link(b, l->original, "orig", en ? "Original document" : "Dokumen asli", 0);
        if (l->original && l->annotated) nt_buf_puts(b, " \xC2\xB7 ");
        if (l->annotated)
            link(b, l->annotated, "ann",
                 en ? "Annotated copy (Word comments)" : "Salinan beranotasi (komentar Word)", 0);
        nt_buf_puts(b, "</div>");
    }
    if (r->status != NETRAL_OK) {
        nt_buf_puts(b, "<b>");
        html_text(b, nt_report_code(r->status));
        nt_buf_puts(b, "</b>: ");
        html_text(b, r->error);
    } else if (r->nfindings) {
        nt_buf_puts(b, "<ol class=\"f\">");
        for (size_t i = 0; i < r->nfindings; i++) {
            const netral_finding *f = &r->findings[i];
            nt_buf_printf(b, "<li><span class=\"s%d\">", nt_severity_from_name(f->severity));
            html_text(b, nt_rep_sev_label(f->severity, en));
            nt_buf_puts(b, "</span> <b>");
            html_text(b, nt_rep_cat_label(f->category, en));
            nt_buf_puts(b, "</b> <q>");
            html_text(b, f->excerpt);
            nt_buf_puts(b, "</q><div>");
            html_text(b, f->message);
            nt_buf_puts(b, "</div>");
            if (f->basis && *f->basis) {
                nt_buf_printf(b, "<div class=\"basis\">%s: ", en ? "Basis" : "Dasar");
                html_text(b, f->basis);
                nt_buf_puts(b, "</div>");
            }
            if (f->suggestion && *f->suggestion) {
                nt_buf_printf(b, "<div class=\"sugg\">%s: ", en ? "Suggestion" : "Saran");
                html_text(b, f->suggestion);
                nt_buf_puts(b, "</div>");
            }
            nt_buf_puts(b, "<small>");
            html_text(b, f->rule);
            nt_buf_puts(b, " \xC2\xB7 ");
            html_text(b, f->part);
            nt_buf_printf(b, " \xC2\xB6%d</small></li>", f->paragraph + 1); /* 1-based for people */
        }
        nt_buf_puts(b, "</ol>");
    } else {
        nt_buf_printf(b, "<small>%s</small>", en ? "No finding." : "Tidak ada temuan.");
    }
    for (size_t i = 0; i < r->nrule_errors; i++) {
        nt_buf_printf(b, "<div class=\"basis\">%s: ", en ? "rule error" : "galat aturan");
        html_text(b, r->rule_errors[i]);
        nt_buf_puts(b, "</div>");
    }
    nt_buf_puts(b, "</td></tr>");
}

void nt_html_doc(nt_writer *w, const netral_report *r, const nt_doc_links *l) {
    nt_buf *b = &w->buf;
    const char *v = nt_verdict(r);
    const char *path = l && l->display ? l->display : nt_rep_or(r->path, "");
    int worst = r->status == NETRAL_OK ? nt_rep_worst(r) : -1, en = w->en;
    nt_buf cats_html, attr;
    nt_buf_init(&attr);
    nt_buf_init(&cats_html);
    html_categories(w, r, &cats_html, &attr);
    const char *office = r->status == NETRAL_OK ? r->memo.office : NULL;
    nt_buf_printf(
        b, "<tbody class=\"m\" data-v=\"%s\" data-sev=\"%d\" data-cats=\"%s\" data-office=\"", v,
        worst, nt_buf_cstr(&attr));
    html_text(b, office);
    nt_buf_puts(b, "\" data-path=\"");
    html_text(b, path);
    nt_buf_puts(b, "\"><tr class=\"row\">");
    nt_buf_printf(b,
                  "<td class=\"tg\"><button type=\"button\" aria-expanded=\"false\" title=\"%s\">"
                  "\xE2\x96\xB8</button></td><td class=\"path\">",
                  en ? "Show every finding" : "Tampilkan semua temuan");
    if (l && l->original) {
        nt_buf_puts(b, "<a class=\"orig\" href=\"");
        nt_rep_uri(b, l->original);
        nt_buf_puts(b, "\">");
        html_text(b, path);
        nt_buf_puts(b, "</a>");
    } else {
        html_text(b, path);
    }
    if (l && l->annotated) {
        nt_buf_puts(b, " ");
        link(b, l->annotated, "ann", en ? "[annotated]" : "[beranotasi]", 0);
    }
    nt_buf_puts(b, "</td>");
    memo_cell(b, r, 0, NULL);
    memo_cell(b, r, 1, NULL);
    memo_cell(b, r, 2, NULL);
    memo_cell(b, r, 5, "office");
    nt_buf_printf(b, "<td data-v=\"%d\"><span class=\"v v-%s\">%s</span></td>",
                  3 - nt_rep_verdict_slot(v), v, nt_rep_verdict_label(v, en));
    nt_buf_printf(b, "<td data-v=\"%d\"><span class=\"s%d\">%s</span></td><td>", worst, worst,
                  worst >= 0 ? nt_severity_label(worst, en) : "\xE2\x80\x93");
    if (cats_html.n) nt_buf_put(b, cats_html.p, cats_html.n);
    size_t nf = r->status == NETRAL_OK ? r->nfindings : 0;
    nt_buf_printf(b, "</td><td data-v=\"%zu\">", nf);
    if (r->status != NETRAL_OK) {
        html_text(b, nt_report_code(r->status));
    } else if (nf) {
        nt_buf_printf(b, "%zu <q>", nf);
        html_text_cut(b, r->findings[0].excerpt, 80);
        nt_buf_puts(b, "</q>");
    } else {
        nt_buf_puts(b, "0");
    }
    nt_buf_puts(b, "</td></tr>");
    detail(w, r, l);
    nt_buf_puts(b, "</tbody>\n");
    if (cats_html.oom || attr.oom) b->oom = 1;
    nt_buf_free(&cats_html);
    nt_buf_free(&attr);
}

static void html_card(nt_buf *b, const char *id, size_t n, const char *label) {
    nt_buf_printf(b, "<div class=\"card\" id=\"c-%s\"><b>%zu</b><span>%s</span></div>", id, n,
                  label);
}

/* Horizontal bars: documents flagged per category. */
static void html_chart(nt_writer *w) {
    nt_buf *b = &w->buf;
    const nt_counts *c = &w->c;
    size_t max = 1;
    for (size_t i = 0; i <= NT_NCATS; i++)
        if (c->cat_docs[i] > max) max = c->cat_docs[i];
    int rows = (int)NT_NCATS + (c->cat_docs[NT_NCATS] ? 1 : 0), bar = 28, lw = 200, width = 760;
    nt_buf_printf(b,
                  "<svg role=\"img\" aria-label=\"%s\" width=\"%d\" height=\"%d\" "
                  "viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\" "
                  "font-family=\"sans-serif\" font-size=\"13\">",
                  w->en ? "Flagged documents by category" : "Dokumen ditandai per kategori", width,
                  rows * bar + 4, width, rows * bar + 4);
    static const char *const colors[] = {"#c0392b", "#d35400", "#8e44ad", "#2c7fb8",
                                         "#16a085", "#7f8c8d", "#95a5a6"};
    for (int i = 0; i < rows; i++) {
        int y = i * bar + 2, len = (int)((double)c->cat_docs[i] * (width - lw - 60) / (double)max);
        const char *label = i < (int)NT_NCATS ? (w->en ? nt_rep_cat_en[i] : nt_rep_cat_id[i])
                                              : (w->en ? "Other" : "Lainnya");
        nt_buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", lw - 8, y + 18,
                      label);
        nt_buf_printf(b,
                      "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\"/>",
                      lw, y + 4, len > 0 ? len : 1, bar - 8, colors[i]);
        nt_buf_printf(b, "<text x=\"%d\" y=\"%d\">%zu</text>", lw + (len > 0 ? len : 1) + 6, y + 18,
                      c->cat_docs[i]);
    }
    nt_buf_puts(b, "</svg>");
}

static void html_notices(nt_writer *w, const nt_writer_meta *m) {
    nt_buf *b = &w->buf;
    int en = w->en;
    if (m->interrupted) {
        size_t total = m->total > w->c.docs ? m->total : w->c.docs;
        nt_buf_puts(b, "<div class=\"warn\" id=\"incomplete\">");
        nt_buf_puts(b, en ? "Incomplete report: the scan was interrupted after "
                          : "Laporan tidak lengkap: pemindaian dihentikan setelah ");
        nt_rep_count(b, w->c.docs, en);
        nt_buf_puts(b, en ? " of " : " dari ");
        if (!m->total_exact) nt_buf_puts(b, en ? "at least " : "sedikitnya ");
        nt_rep_count(b, total, en);
        nt_buf_puts(b, en ? " documents." : " dokumen.");
        nt_buf_puts(b, "</div>");
    }
    size_t skipped = 0;
    for (int k = 0; k < NT_SKIP_KINDS; k++) skipped += m->skipped[k];
    if (skipped) {
        nt_buf_puts(b, "<div class=\"note\" id=\"skipped\">");
        nt_rep_skipped_text(b, m->skipped, en);
        nt_buf_puts(
            b, en ? ": convert them to .docx, or scan with --include-legacy to list each.</div>"
                  : ": ubah ke .docx, atau pindai dengan --include-legacy untuk mencantumkan "
                    "masing-masing.</div>");
    }
}

void nt_html_end(nt_writer *w, const nt_writer_meta *m) {
    nt_buf *b = &w->buf;
    const nt_counts *c = &w->c;
    int en = w->en;
    nt_buf_puts(b, "</table>");
    if (!c->verdict[0] && !c->verdict[1] && !c->verdict[3])
        nt_buf_printf(b, "<p class=\"empty\">%s</p>",
                      en ? "No memo was flagged." : "Tidak ada memo yang ditandai.");
    nt_buf_puts(b, "</section>\n<section id=\"summary\">");
    nt_buf_printf(b, "<h1>%s</h1><div class=\"meta\">netral ",
                  en ? "Netral report" : "Laporan Netral");
    html_text(b, nt_rep_or(w->meta.tool_version, netral_version()));
    if (w->meta.ruleset_id) {
        nt_buf_puts(b, en ? " \xC2\xB7 rule set " : " \xC2\xB7 set aturan ");
        html_text(b, w->meta.ruleset_id);
    }
    if (m->seconds > 0) {
        char secs[32];
        snprintf(secs, sizeof secs, "%.1f", m->seconds);
        char *dot = en ? NULL : strchr(secs, '.');
        if (dot) *dot = ','; /* Indonesian decimal comma */
        nt_buf_printf(b, " \xC2\xB7 %s %s", secs, en ? "s" : "detik");
    }
    nt_buf_puts(b, "</div>");
    html_notices(w, m);
    nt_buf_puts(b, "<div class=\"cards\">");
    html_card(b, "docs", c->docs, en ? "documents scanned" : "dokumen dipindai");
    html_card(b, "violation", c->verdict[0], en ? "violations" : "pelanggaran");
    html_card(b, "review", c->verdict[1], en ? "need review" : "perlu ditinjau");
    html_card(b, "clean", c->verdict[2], en ? "clean" : "bersih");
    html_card(b, "error", c->verdict[3], en ? "unreadable" : "tidak terbaca");
    html_card(b, "findings", c->findings, en ? "findings" : "temuan");
    size_t skipped = 0;
    for (int k = 0; k < NT_SKIP_KINDS; k++) skipped += m->skipped[k];
    if (skipped)
        html_card(b, "skipped", skipped, en ? "skipped (not DOCX)" : "dilewati (bukan DOCX)");
    nt_buf_printf(b, "</div><div class=\"panel\"><h2>%s</h2>",
                  en ? "Flagged documents by category" : "Dokumen ditandai per kategori");
    html_chart(w);
    nt_buf_puts(b, "</div></section>\n</main>\n<script type=\"application/json\" id=\"labels\">{");
    for (size_t i = 0; i < NT_NCATS; i++)
        nt_buf_printf(b, "%s\"%s\":\"%s\"", i ? "," : "", nt_rep_cats[i],
                      en ? nt_rep_cat_en[i] : nt_rep_cat_id[i]);
    nt_buf_printf(b, "}</script>\n<script>%s</script>\n</body></html>\n", HTML_JS);
}
