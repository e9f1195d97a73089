// Seed 004, chapter 5: the goal sections for children and young people, B1.1 … B5.1.
// Being transcribed on branch analys-barn (worktree /work/wt-analys-barn); the sections
// for adults (V1.1 … V5.1) and the other chapters are on branch analys.
