-- Hot Lua lines of another pipeline: a sampling profiler.
--
--   saring run bench/scripts/lua_hot.lua INPUT -o /dev/null -w 1 \
--       --limit-instructions 0 --limit-time 0 \
--       -s script=scripts/news.lua [-s mode=time|count] [-s every=1000] [-s top=40]
--
-- It loads the pipeline named by the `script` option and hooks each stage
-- call (and the prepass):
--   mode=count  a count hook every `every` Lua instructions records the
--               running source:line.  Cheap, but blind to time spent in C
--               (string.find, gsub, lower and the saring helpers count as one
--               instruction each).
--   mode=time   (default) a line hook charges the CPU time (os.clock) since
--               the previous line event to the line that was running, so a
--               line that calls an expensive C function shows its cost.  The
--               hook's own cost (about the same per line event) inflates
--               cheap lines; read the shares, not the seconds.
-- The hottest lines and the same figures summed per function (keyed by the
-- line the function is defined on) are printed to stderr when the worker's
-- Lua state is closed.  Use one worker (-w 1) and no stage limits (the
-- core's limit hook would replace this one).
local saring = require "saring"

local opts = saring.options or {}
local target = opts.script or "scripts/news.lua"
local every = tonumber(opts.every) or 1000
local timed = opts.mode ~= "count"
local top = tonumber(opts.top) or 40
local dir = target:match("^(.*)/[^/]*$") or "."
package.path = dir .. "/?.lua;" .. package.path
local p = dofile(target)

local getinfo, sethook = debug.getinfo, debug.sethook
local lines, funcs = {}, {}
local total = 0

local function hook()
  local info = getinfo(2, "Sl")
  if not info then return end
  local key = info.short_src .. ":" .. (info.currentline or 0)
  lines[key] = (lines[key] or 0) + 1
  local fkey = info.short_src .. ":" .. (info.linedefined or 0)
  funcs[fkey] = (funcs[fkey] or 0) + 1
  total = total + 1
end

-- Timed mode: keys are cached per (function, line) to keep the hook cheap.
local clock = os.clock
local last_key, last_fkey, last_t
local keycache = setmetatable({}, {__mode = "k"})
local function line_hook(_, line)
  local now = clock()
  if last_key then
    local dt = now - last_t
    lines[last_key] = (lines[last_key] or 0) + dt
    funcs[last_fkey] = (funcs[last_fkey] or 0) + dt
    total = total + dt
  end
  local info = getinfo(2, "Sf")
  local per = keycache[info.func]
  if not per then
    per = {f = info.short_src .. ":" .. (info.linedefined or 0)}
    keycache[info.func] = per
  end
  local key = per[line]
  if not key then
    key = info.short_src .. ":" .. line
    per[line] = key
  end
  last_key, last_fkey = key, per.f
  last_t = clock()
end

local function wrap(fn)
  return function(...)
    if timed then
      last_key = nil
      sethook(line_hook, "l")
    else
      sethook(hook, "", every)
    end
    local a, b = fn(...)
    sethook()
    if timed and last_key then
      local dt = clock() - last_t
      lines[last_key] = (lines[last_key] or 0) + dt
      funcs[last_fkey] = (funcs[last_fkey] or 0) + dt
      total = total + dt
      last_key = nil
    end
    return a, b
  end
end

if p.prepass then p.prepass = wrap(p.prepass) end
for i, fn in ipairs(p.stages) do p.stages[i] = wrap(fn) end

local function report(t, title)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return t[a] > t[b] end)
  local out = {timed and string.format("%s (%.3f s CPU between line events)\n", title, total)
                or string.format("%s (%d samples of %d instructions)\n", title, total, every)}
  for i = 1, math.min(top, #keys) do
    out[#out + 1] = string.format(timed and "  %8.3f %5.1f%%  %s\n" or "  %8d %5.1f%%  %s\n",
                                  t[keys[i]], 100 * t[keys[i]] / total, keys[i])
  end
  return table.concat(out)
end

_G.__bench_lua_hot = setmetatable({}, { __gc = function()
  if total == 0 then return end
  io.stderr:write(report(lines, "hot lines of " .. target),
                  report(funcs, "hot functions (by line defined)"))
end })

return p
