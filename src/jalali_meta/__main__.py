"""``python -m jalali_meta``: the same as the ``jalali-meta`` command."""

from jalali_meta.cli import main

raise SystemExit(main())
