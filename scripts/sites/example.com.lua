-- Site rules for one outlet, as data (see scripts/stages/sites.lua).  The
-- file name is the outlet's domain; this one is a template: copy it to
-- scripts/sites/<domain>.lua and list the outlet's own boilerplate lines.
-- Patterns are Lua patterns matched against the lower-cased line.
return {
  domain = "example.com",
  -- whole lines that are always boilerplate on this site
  exact = {
    "example plus",
  },
  -- lines starting like this are boilerplate on this site
  boilerplate = {
    "^dapatkan example plus",
    "^baca berita example lainnya",
  },
}
