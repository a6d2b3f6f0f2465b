-- Site rules as data: scripts/sites/<domain>.lua returns a table
--
--   return {
--     domain      = "example.com",
--     boilerplate = {"^lua pattern on the lower-cased line", ...},
--     exact       = {"whole lower-cased line", ...},
--   }
--
-- Rules are loaded lazily the first time a page of that site is seen (the
-- site is known from the page's URL or its dateline), looked up along
-- package.path, so adding an outlet is adding a file.  "www." and "m." are
-- stripped; a subdomain falls back to its parent domain's file.

local M = {}

local cache = {}      -- domain -> rules table or false

local function find_file(domain)
  for template in package.path:gmatch("[^;]+") do
    if template:find("?.lua", 1, true) then
      local path = template:gsub("%?%.lua$", "sites/" .. domain .. ".lua")
      local f = io.open(path, "r")
      if f then f:close(); return path end
    end
  end
  return nil
end

local function compile(rules)
  rules.exact_set = {}
  for _, line in ipairs(rules.exact or {}) do
    rules.exact_set[line:lower()] = true
  end
  rules.boilerplate = rules.boilerplate or {}
  return rules
end

function M.load(domain)
  if type(domain) ~= "string" or domain == "" then return nil end
  domain = domain:lower():gsub("^www%.", "")
  local hit = cache[domain]
  if hit ~= nil then return hit or nil end
  local rules = false
  local d = domain
  while d do
    local path = find_file(d)
    if path then
      local chunk = loadfile(path, "t", {})
      local ok, t = pcall(chunk or error)
      if ok and type(t) == "table" then rules = compile(t) end
      break
    end
    d = d:match("^[^.]+%.(.+%..+)$")
  end
  cache[domain] = rules
  return rules or nil
end

-- The rule name when a site rule matches the lower-cased line, else nil.
function M.match(rules, low)
  if rules.exact_set[low] then return "site" end
  local list = rules.boilerplate
  for i = 1, #list do
    if low:find(list[i]) then return "site" end
  end
  return nil
end

return M
