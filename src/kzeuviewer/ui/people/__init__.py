"""Parts of the People & awards tab: column filters and the person detail panel."""
