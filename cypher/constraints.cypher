// placeholder: constraints arrive with the seed graph
