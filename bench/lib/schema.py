"""Check saring's output and compare it with the Python peer's.

* validate(path, strict): every line is a JSON object; with strict=True it
  must also follow the project's export schema (docs/export.md: id, source,
  title, published, authors, site, lang, text, entities, quantities, stats).
* adapt(src, dst): rewrite saring's records in the peers' schema (adds
  ``words`` and quantity ``unit`` when missing) so that the peers' own
  ../shared/bench/check_jsonl.py can validate and compare them.
* compare(a, b): per-field agreement between two outputs matched by id,
  plus a line-level overlap of the texts: how different the work is.
"""

import json
import re

DATE_RE = re.compile(r'[0-9]{4}-[0-9]{2}-[0-9]{2}$')
ENTITY_KINDS = ('person', 'location', 'organization')


def _problems(doc):
    if not isinstance(doc, dict):
        return ['not an object']
    out = []
    for key in ('id', 'source', 'title', 'text'):
        if not isinstance(doc.get(key), str):
            out.append(key)
    pub = doc.get('published', 'missing')
    if pub is not None and not (isinstance(pub, str) and DATE_RE.match(pub)):
        out.append('published %r' % (pub,))
    if not (isinstance(doc.get('authors'), list)
            and all(isinstance(a, str) for a in doc['authors'])):
        out.append('authors')
    if 'site' not in doc:
        out.append('site')
    lang = doc.get('lang')
    if not (isinstance(lang, str) and re.match(r'[a-z]{2,3}$', lang)):
        out.append('lang %r' % (lang,))
    ents = doc.get('entities')
    if not (isinstance(ents, dict)
            and all(isinstance(ents.get(k), list) for k in ENTITY_KINDS)
            and all(isinstance(x, str) for v in ents.values()
                    if isinstance(v, list) for x in v)):
        out.append('entities')
    qs = doc.get('quantities')
    if not (isinstance(qs, list) and all(
            isinstance(q, dict) and isinstance(q.get('text'), str)
            and isinstance(q.get('value'), (int, float)) for q in qs)):
        out.append('quantities')
    if 'stats' not in doc:
        out.append('stats')
    return out


def validate(path, strict):
    """Return (documents, invalid lines, first few messages)."""
    n = bad = 0
    msgs = []
    with open(path, encoding='utf-8', errors='strict') as f:
        for lineno, line in enumerate(f, 1):
            try:
                doc = json.loads(line)
                errs = _problems(doc) if strict else (
                    [] if isinstance(doc, dict) else ['not an object'])
            except ValueError as exc:
                errs = ['invalid JSON: %s' % exc]
            if errs:
                bad += 1
                if len(msgs) < 5:
                    msgs.append('%s:%d: %s' % (path, lineno, ', '.join(errs)))
            else:
                n += 1
    return n, bad, msgs


def _words(doc):
    stats = doc.get('stats')
    if isinstance(stats, dict) and isinstance(stats.get('words'), int):
        return stats['words']
    if isinstance(doc.get('words'), int):
        return doc['words']
    return len((doc.get('title') or '').split()) + \
        len((doc.get('text') or '').split())


def adapt(src, dst):
    """Write src's records in the peers' schema to dst."""
    with open(src, encoding='utf-8') as f, \
            open(dst, 'w', encoding='utf-8') as out:
        for line in f:
            try:
                doc = json.loads(line)
            except ValueError:
                out.write(line)  # let check_jsonl.py report it
                continue
            if isinstance(doc, dict):
                doc.setdefault('words', _words(doc))
                for q in doc.get('quantities') or []:
                    if isinstance(q, dict) and 'unit' not in q:
                        parts = str(q.get('text', '')).split()
                        q['unit'] = parts[-1] if parts else ''
            out.write(json.dumps(doc, ensure_ascii=False) + '\n')


def _load(path):
    docs = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            try:
                doc = json.loads(line)
            except ValueError:
                continue
            if isinstance(doc, dict) and isinstance(doc.get('id'), str):
                docs[doc['id']] = doc
    return docs


def _norm_entities(e):
    if not isinstance(e, dict):
        return None
    return {k: sorted(set(e.get(k) or [])) for k in ENTITY_KINDS}


def _norm_quantities(qs):
    if not isinstance(qs, list):
        return None
    return sorted((str(q.get('text')), float(q.get('value') or 0))
                  for q in qs if isinstance(q, dict))


def compare(a_path, b_path):
    """Agreement of a (saring) with b (the peer), as a dict of figures."""
    a, b = _load(a_path), _load(b_path)
    common = a.keys() & b.keys()
    res = {'a_docs': len(a), 'b_docs': len(b), 'common': len(common),
           'only_a': len(a.keys() - common), 'only_b': len(b.keys() - common)}
    same = {'title': 0, 'published': 0, 'lang': 0, 'text': 0,
            'entities': 0, 'quantities': 0}
    jacc = 0.0
    len_a = len_b = 0
    for k in common:
        da, db = a[k], b[k]
        for f in ('title', 'published', 'lang', 'text'):
            same[f] += da.get(f) == db.get(f)
        same['entities'] += (_norm_entities(da.get('entities'))
                             == _norm_entities(db.get('entities')))
        same['quantities'] += (_norm_quantities(da.get('quantities'))
                               == _norm_quantities(db.get('quantities')))
        ta, tb = str(da.get('text') or ''), str(db.get('text') or '')
        len_a += len(ta)
        len_b += len(tb)
        la, lb = set(ta.split('\n')), set(tb.split('\n'))
        jacc += len(la & lb) / len(la | lb) if la | lb else 1.0
    n = len(common) or 1
    res['same_pct'] = {f: 100.0 * v / n for f, v in same.items()}
    res['text_line_jaccard'] = jacc / n
    res['text_len_ratio'] = len_a / len_b if len_b else float('nan')
    return res
