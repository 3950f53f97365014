/* opc.c - the OPC naming side of the package layer: [Content_Types].xml (Default and Override
 * entries) and relationship parts, with targets resolved against their source part. */
#include "package_int.h"
#include "xml.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- [Content_Types].xml ------------------------------------------------------------------- */

typedef struct ct_parse {
    nt_xml x; /* first member (xml.h) */
    nt_package *pkg;
    int oom;
} ct_parse;

/* Geometric growth: a hostile part may hold a million entries. */
static int grow_array(void **arr, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap * 2 : 8;
    while (nc < need) nc *= 2;
    void *na = realloc(*arr, nc * size);
    if (!na) return -1;
    *arr = na;
    *cap = nc;
    return 0;
}

static int ct_add(ct_entry **arr, size_t *n, size_t *cap, const char *key, const char *type) {
    if (!key || !type) return 0;
    if (grow_array((void **)arr, cap, *n + 1, sizeof **arr)) return -1;
    ct_entry *na = *arr;
    while (*key == '/') key++;
    na[*n].key = nt_strdup(key);
    na[*n].type = nt_strdup(type);
    if (!na[*n].key || !na[*n].type) {
        free(na[*n].key);
        free(na[*n].type);
        return -1;
    }
    (*n)++;
    return 0;
}

static void XMLCALL ct_start(void *ud, const XML_Char *name, const XML_Char **atts) {
    ct_parse *c = ud;
    if (!nt_xml_enter(&c->x)) return;
    const char *local = nt_xml_local(name);
    int r = 0;
    if (!strcmp(local, "Default"))
        r = ct_add(&c->pkg->defaults, &c->pkg->ndefaults, &c->pkg->capdefaults,
                   nt_xml_attr(atts, "Extension"), nt_xml_attr(atts, "ContentType"));
    else if (!strcmp(local, "Override"))
        r = ct_add(&c->pkg->overrides, &c->pkg->noverrides, &c->pkg->capoverrides,
                   nt_xml_attr(atts, "PartName"), nt_xml_attr(atts, "ContentType"));
    if (r) nt_xml_fail(&c->x, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
}

static void XMLCALL any_end(void *ud, const XML_Char *name) {
    (void)name;
    nt_xml_leave((nt_xml *)ud);
}

static int read_xml_part(nt_package *pkg, const char *part, void *ud, nt_xml *x,
                         XML_StartElementHandler start, nt_err *err) {
    char *data;
    size_t len;
    int rc = nt_package_read(pkg, part, &data, &len, err);
    if (rc) return rc;
    rc = nt_xml_init(x, &pkg->lim, ud);
    if (!rc) {
        XML_SetElementHandler(x->p, start, any_end);
        rc = nt_xml_parse(x, part, data, len, err);
    } else {
        nt_err_set(err, rc, NT_L("%s: memori habis", "%s: out of memory"), part);
    }
    nt_xml_fini(x);
    free(data);
    return rc;
}

const char *nt_package_content_type(const nt_package *pkg, const char *part) {
    if (!pkg || !part) return NULL;
    while (*part == '/') part++;
    for (size_t i = 0; i < pkg->noverrides; i++)
        if (!strcasecmp(pkg->overrides[i].key, part)) return pkg->overrides[i].type;
    const char *slash = strrchr(part, '/');
    const char *dot = strrchr(slash ? slash : part, '.');
    if (!dot) return NULL;
    for (size_t i = 0; i < pkg->ndefaults; i++)
        if (!strcasecmp(pkg->defaults[i].key, dot + 1)) return pkg->defaults[i].type;
    return NULL;
}

/* ---- Relationships --------------------------------------------------------------------------- */

/* "word/document.xml" -> "word/_rels/document.xml.rels"; "" -> "_rels/.rels". */
static char *rels_name(const char *part) {
    const char *slash = strrchr(part, '/');
    size_t dir = slash ? (size_t)(slash - part + 1) : 0;
    nt_buf b;
    nt_buf_init(&b);
    nt_buf_put(&b, part, dir);
    nt_buf_puts(&b, "_rels/");
    nt_buf_puts(&b, part + dir);
    nt_buf_puts(&b, ".rels");
    if (b.oom) {
        nt_buf_free(&b);
        return NULL;
    }
    return nt_buf_take(&b, NULL);
}

/* Resolve a relative or absolute target against the source part's folder, folding "." and "..". */
static char *resolve_target(const char *source, const char *target) {
    nt_buf b;
    nt_buf_init(&b);
    if (target[0] != '/' && target[0] != '\\') {
        const char *slash = strrchr(source, '/');
        if (slash) nt_buf_put(&b, source, (size_t)(slash - source + 1));
    }
    nt_buf_puts(&b, target);
    if (b.oom) {
        nt_buf_free(&b);
        return NULL;
    }
    char *s = nt_buf_take(&b, NULL);
    char *frag = strchr(s, '#');
    if (frag) *frag = 0;
    /* fold segments in place */
    size_t w = 0, r = 0, len = strlen(s);
    while (r < len) {
        size_t e = r;
        while (e < len && s[e] != '/' && s[e] != '\\') e++;
        size_t seg = e - r;
        if (seg == 0 || (seg == 1 && s[r] == '.')) {
            /* skip */
        } else if (seg == 2 && s[r] == '.' && s[r + 1] == '.') {
            while (w > 0 && s[w - 1] != '/') w--;
            if (w > 0) w--;
            while (w > 0 && s[w - 1] != '/') w--;
        } else {
            memmove(s + w, s + r, seg);
            w += seg;
            if (e < len) s[w++] = '/';
        }
        r = e + 1;
    }
    s[w] = 0;
    return s;
}

typedef struct rel_parse {
    nt_xml x; /* first member (xml.h) */
    nt_package *pkg;
    const char *source;
    rel_set *set;
} rel_parse;

static void XMLCALL rel_start(void *ud, const XML_Char *name, const XML_Char **atts) {
    rel_parse *c = ud;
    if (!nt_xml_enter(&c->x)) return;
    if (strcmp(nt_xml_local(name), "Relationship")) return;
    const char *id = nt_xml_attr(atts, "Id"), *type = nt_xml_attr(atts, "Type");
    const char *target = nt_xml_attr(atts, "Target"), *mode = nt_xml_attr(atts, "TargetMode");
    if (!type || !target) return;
    if (grow_array((void **)&c->set->rels, &c->set->cap, c->set->n + 1, sizeof *c->set->rels)) {
        nt_xml_fail(&c->x, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        return;
    }
    nt_rel *r = &c->set->rels[c->set->n];
    memset(r, 0, sizeof *r);
    r->external = mode && !strcasecmp(mode, "External");
    r->id = nt_strdup(id ? id : "");
    r->type = nt_strdup(type);
    if (r->external) {
        r->target = nt_strdup(target);
    } else {
        char *res = resolve_target(c->source, target);
        long e = res ? nt_pkg_find_entry(c->pkg, res) : -1;
        /* name the part as the zip does, so case or %-escapes in the target do not matter later */
        r->target = e >= 0 ? nt_strdup(c->pkg->names[e]) : res;
        if (e >= 0) free(res);
    }
    if (!r->id || !r->type || !r->target) {
        free(r->id);
        free(r->type);
        free(r->target);
        nt_xml_fail(&c->x, NETRAL_E_NOMEM, NT_L("memori habis", "out of memory"));
        return;
    }
    c->set->n++;
}

void nt_pkg_free_relset(rel_set *s) {
    for (size_t i = 0; i < s->n; i++) {
        free(s->rels[i].id);
        free(s->rels[i].type);
        free(s->rels[i].target);
    }
    free(s->rels);
    free(s->source);
}

int nt_package_rels(nt_package *pkg, const char *part, const nt_rel **rels, size_t *n,
                    nt_err *err) {
    *rels = NULL;
    *n = 0;
    if (!pkg || !part) {
        nt_err_set(err, NETRAL_E_INVALID_ARG, NT_L("argumen tidak valid", "invalid argument"));
        return NETRAL_E_INVALID_ARG;
    }
    while (*part == '/') part++;
    for (size_t i = 0; i < pkg->nrelsets; i++)
        if (!strcasecmp(pkg->relsets[i].source, part)) {
            *rels = pkg->relsets[i].rels;
            *n = pkg->relsets[i].n;
            return NETRAL_OK;
        }
    rel_set set = {nt_strdup(part), NULL, 0, 0};
    char *rname = rels_name(part);
    int rc = set.source && rname ? 0 : NETRAL_E_NOMEM;
    if (rc) nt_err_set(err, rc, NT_L("memori habis", "out of memory"));
    if (!rc && nt_package_has_part(pkg, rname)) {
        rel_parse c = {.pkg = pkg, .source = part, .set = &set};
        rc = read_xml_part(pkg, rname, &c, &c.x, rel_start, err);
    }
    free(rname);
    rel_set *ns = rc ? NULL : realloc(pkg->relsets, (pkg->nrelsets + 1) * sizeof *ns);
    if (!ns) {
        if (!rc) {
            rc = NETRAL_E_NOMEM;
            nt_err_set(err, rc, NT_L("memori habis", "out of memory"));
        }
        nt_pkg_free_relset(&set);
        return rc;
    }
    pkg->relsets = ns;
    ns[pkg->nrelsets++] = set;
    *rels = set.rels;
    *n = set.n;
    return NETRAL_OK;
}

const char *nt_package_rel_target(nt_package *pkg, const char *part, const char *type_suffix) {
    const nt_rel *rels;
    size_t n;
    nt_err err;
    if (nt_package_rels(pkg, part, &rels, &n, &err)) return NULL;
    for (size_t i = 0; i < n; i++)
        if (!rels[i].external && nt_ends_with(rels[i].type, type_suffix)) return rels[i].target;
    return NULL;
}

int nt_pkg_read_content_types(nt_package *pkg, nt_err *err) {
    ct_parse c = {.pkg = pkg};
    return read_xml_part(pkg, "[Content_Types].xml", &c, &c.x, ct_start, err);
}
