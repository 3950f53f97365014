-- slow.lua - the e2e test words plus a rule that takes a few milliseconds per memo (a busy loop on
-- "arsip"), so a batch runs long enough for the interrupt tests to press Ctrl-C at chosen moments.
rule {
  id = "endorsement.e2e-slow",
  category = "endorsement",
  severity = "info",
  basis = "Uji e2e Netral",
  message = "Aturan lambat untuk uji.",
  match = any { "arsip" },
  check = function()
    local x = 0
    for i = 1, 150000 do x = x + i % 7 end
    return x < 0
  end,
  examples = { flag = {}, pass = { "Hari ini rapat biasa." } },
}
