"""``python -m jalali_meta``: the same as the ``jalali-meta`` command."""

from jalali_meta._cli import main

raise SystemExit(main())
