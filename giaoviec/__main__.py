from giaoviec.cli import main

raise SystemExit(main())
