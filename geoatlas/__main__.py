from geoatlas.cli import main

raise SystemExit(main())
