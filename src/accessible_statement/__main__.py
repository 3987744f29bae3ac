from accessible_statement.cli import main

raise SystemExit(main())
