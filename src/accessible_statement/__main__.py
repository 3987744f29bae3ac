from accessible_statement.cli import run

run()
