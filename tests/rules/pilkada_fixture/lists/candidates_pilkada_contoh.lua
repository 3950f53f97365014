-- candidates_pilkada_contoh.lua - a fictional Pilkada's candidates, as a rule author would add them:
-- one list file in a rule folder, no rule touched. Used by tests/rules/test_pilkada_list.py.
list "candidate_names" { "syahrial effendi", "marlina sari", "bang syahrial" }
list "candidate_slogans" { "sungai pinang maju terus", "#lanjutkansyahrial" }
