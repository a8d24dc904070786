-- The node that runs a job. A node's name survives its restart (it is kept in its data directory), so at
-- start a node fails the jobs still marked as its own at once: a crash or kill -9 cut them off. Jobs of
-- other nodes are failed only once they stop reporting (docs/operations.md, Jobs).
ALTER TABLE job ADD COLUMN node VARCHAR(64);
