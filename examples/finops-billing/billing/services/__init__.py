"""Business logic created by Batch 2. Other batches call these functions;
changing their signatures needs the owner's agreement (interface contracts)."""
