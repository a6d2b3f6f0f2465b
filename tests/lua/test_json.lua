-- Tests of saring.json.  Run as: build/saring lua tests/lua/test_json.lua
local json = require "saring.json"

local expect = dofile("tests/lua/expect.lua")
local eq, raises = expect.eq, expect.raises

-- deep equality, json.null included
local function same(a, b, path)
  path = path or "value"
  if type(a) ~= type(b) then error(path .. ": " .. type(a) .. " vs " .. type(b), 2) end
  if type(a) ~= "table" then
    if a ~= b and not (a ~= a and b ~= b) then error(path .. ": " .. tostring(a) .. " vs " .. tostring(b), 2) end
    return
  end
  for k, v in pairs(a) do same(v, b[k], path .. "." .. tostring(k)) end
  for k in pairs(b) do if a[k] == nil then error(path .. ": extra key " .. tostring(k), 2) end end
end

-- encode: scalars
eq(json.encode(true), "true")
eq(json.encode(false), "false")
eq(json.encode(nil), "null")
eq(json.encode(json.null), "null")
eq(json.encode(0), "0")
eq(json.encode(-12), "-12")
eq(json.encode(math.maxinteger), "9223372036854775807")
eq(json.encode(math.mininteger), "-9223372036854775808")
eq(json.encode(0.5), "0.5")
eq(json.encode(0.1), "0.1")
eq(json.encode(3.0), "3")
eq(json.encode(1/0), "null", "infinity")
eq(json.encode(-1/0), "null", "-infinity")
eq(json.encode(0/0), "null", "NaN")
eq(json.encode(""), '""')
eq(json.encode("a\"b\\c\n\t\0\1"), '"a\\"b\\\\c\\n\\t\\u0000\\u0001"')
eq(json.encode("caf\u{e9} \u{1F600}"), '"caf\u{e9} \u{1F600}"')
eq(json.encode("bad \xff byte"), '"bad \u{FFFD} byte"', "invalid UTF-8 becomes U+FFFD")

-- encode: tables; object keys sorted (byte order), so output is stable
eq(json.encode({}), "[]", "an unmarked empty table is an array")
eq(json.encode(json.array {}), "[]")
eq(json.encode(json.object {}), "{}")
eq(json.encode(json.array()), "[]")
eq(json.encode(json.object()), "{}")
eq(json.encode({1, "two", false, json.null}), '[1,"two",false,null]')
eq(json.encode({b = 1, a = 2, Z = 3, ["10"] = 4, ["9"] = 5}), '{"10":4,"9":5,"Z":3,"a":2,"b":1}')
eq(json.encode({x = {y = {z = {}}}}), '{"x":{"y":{"z":[]}}}')
eq(json.encode({list = {json.object {}, json.array {}}}), '{"list":[{},[]]}')
-- a marked object with number-like string keys stays an object
eq(json.encode(json.object {["1"] = true}), '{"1":true}')
-- the markers return their argument
local t = {1}
eq(json.array(t), t)
eq(getmetatable(json.object {}) ~= getmetatable(json.array {}), true)

-- encode: misuse raises, naming the function
raises("bad argument #1 to 'encode' %(cannot encode a value of type function%)", function() return json.encode(print) end)
raises("bad argument #1 to 'encode' %(value expected%)", function() return json.encode() end)
raises("bad argument #1 to 'encode' %(cannot encode a value of type userdata%)", function() return json.encode(io.stdout) end)
raises("cannot encode a table key of type number", function() return json.encode({[1] = 1, [3] = 3}) end)
raises("cannot encode a table key of type number", function() return json.encode({1, 2, x = 3}) end)
raises("cannot encode a table key of type boolean", function() return json.encode({[true] = 1}) end)
raises("cannot encode a value of type function", function() return json.encode({a = {b = print}}) end)
local cyc = {}
cyc.self = cyc
raises("too deeply nested", function() return json.encode(cyc) end)
raises("bad argument #1 to 'array' %(table expected, got number%)", function() return json.array(5) end)
raises("bad argument #1 to 'decode' %(string expected, got nil%)", function() return json.decode(nil) end)

-- decode
same(json.decode('{"a": [1, 2.5, "x", true, false, null], "b": {"c": {}}}'),
     {a = {1, 2.5, "x", true, false, json.null}, b = {c = {}}})
eq(json.decode("null"), json.null, "a bare null decodes to json.null")
eq(json.decode("12"), 12)
eq(math.type(json.decode("12")), "integer")
eq(math.type(json.decode("12.0")), "float")
eq(json.decode('"\\u00e9\\ud83d\\ude00"'), "\u{e9}\u{1F600}")
eq(json.decode('"a\\u0000b"'), "a\0b", "NUL escapes survive")
eq(json.decode('  "padded"  '), "padded")

-- decode: invalid JSON gives nil and a message with the position
for _, bad in ipairs { "", "{bad", "[1,", "{\"a\":}", "nul", "[1] x", "\"\xff\"", "{'a': 1}" } do
  local v, msg = json.decode(bad)
  eq(v, nil, "decode(" .. bad .. ")")
  eq(type(msg), "string", "message for " .. bad)
  if not msg:find("line %d+, column %d+") then error("no position in: " .. msg) end
end
eq(select("#", json.decode("[")), 2, "nil and a message")

-- round trips keep empty arrays and objects apart
for _, s in ipairs {
  '{"a":[],"b":{}}', '[[],{},[{}]]', '{"n":null,"s":"x","t":true}', '[1,-2,0.25,1e+300]',
  '{"nested":{"deep":{"list":[1,{"k":"v"}]}}}', '"\\u0000"', '{}', '[]',
} do
  eq(json.encode(json.decode(s)), s, "round trip " .. s)
end
local big = {}
for i = 1, 1000 do big[i] = {id = i, name = "n" .. i, tags = json.array {}} end
same(json.decode(json.encode(big)), big)

print("test_json: ok")
