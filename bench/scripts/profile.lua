-- Per-stage CPU time of another pipeline, for finding where a pipeline's
-- time goes:
--
--   saring run bench/scripts/profile.lua INPUT -o /dev/null -w 1 \
--       -s script=scripts/news.lua
--
-- It loads the pipeline named by the `script` option (default
-- scripts/news.lua), wraps its prepass and each stage with os.clock()
-- accounting, and prints the totals to stderr when the worker's Lua state is
-- closed.  os.clock() is the CPU time of the whole process, so run it with
-- one worker (-w 1); with more the figures mix the workers' time.
local saring = require "saring"

local target = (saring.options and saring.options.script) or "scripts/news.lua"
local dir = target:match("^(.*)/[^/]*$") or "."
package.path = dir .. "/?.lua;" .. package.path
local p = dofile(target)

local clock = os.clock
local names, spent, calls = {}, {}, {}

local function wrap(name, fn)
  names[#names + 1] = name
  spent[name], calls[name] = 0, 0
  return function(...)
    local t0 = clock()
    local a, b = fn(...)
    spent[name] = spent[name] + (clock() - t0)
    calls[name] = calls[name] + 1
    return a, b
  end
end

if p.prepass then p.prepass = wrap("prepass", p.prepass) end
for i, fn in ipairs(p.stages) do
  p.stages[i] = wrap(p.names and p.names[i] or ("stage " .. i), fn)
end

-- Print when the worker closes its Lua state (a __gc on a module-level
-- object runs at lua_close).
_G.__bench_profile = setmetatable({}, { __gc = function()
  local total, ncalls = 0, 0
  for _, n in ipairs(names) do
    total, ncalls = total + spent[n], ncalls + calls[n]
  end
  if ncalls == 0 then return end   -- a state that ran no documents
  local out = { string.format("profile of %s (worker %s): %.2f s CPU in stages\n",
                              target, tostring(saring.worker), total) }
  for _, n in ipairs(names) do
    out[#out + 1] = string.format("  %-28s %8.2f s %5.1f%%  %7d calls\n", n,
      spent[n], total > 0 and 100 * spent[n] / total or 0, calls[n])
  end
  io.stderr:write(table.concat(out))
end })

return p
