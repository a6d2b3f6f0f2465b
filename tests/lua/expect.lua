-- Assertions shared by the Lua tests (tests/lua/test_*.lua, run from the
-- project's root by ctest, so they load this file as
-- `local expect = dofile("tests/lua/expect.lua")`).  Each raises with the
-- caller's line, so a failure points at the test, not here.
local M = {}

-- got == want, or an error "what: got X, want Y".
function M.eq(got, want, what)
  if got ~= want then
    error(string.format("%s: got %s, want %s", what or "value", tostring(got), tostring(want)), 2)
  end
end

-- f(...) raises an error whose message matches the Lua pattern.
function M.raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  if ok then error("expected an error matching " .. pattern, 2) end
  if not tostring(err):find(pattern) then
    error(string.format("error %q does not match %q", tostring(err), pattern), 2)
  end
end

return M
