# Reference numbers for tests/unit/spatial: R's spdep on the Columbus data that ships with it
# (spData, CC0; columbus.shp/.shx/.dbf here are copies) and on the built-in statistical units
# (geodata/). Run from this folder:
#   Rscript spdep_reference.R
# which writes spdep_columbus.json and spdep_builtin.json (Debian: apt-get install r-cran-spdep
# r-cran-jsonlite). The tests read the JSON, not R.
suppressPackageStartupMessages({library(spdep); library(sf); library(jsonlite)})
col <- st_read("columbus.shp", quiet = TRUE)
queen <- poly2nb(col, queen = TRUE)
rook <- poly2nb(col, queen = FALSE)
knn4 <- knn2nb(knearneigh(st_coordinates(st_centroid(st_geometry(col))), k = 4))
band <- dnearneigh(st_coordinates(st_centroid(st_geometry(col))), 0, 0.75)
lists <- function(nb) lapply(nb, function(v) if (length(v) == 1 && v == 0) integer(0) else as.integer(v))
W <- nb2listw(queen, style = "W")
x <- col$CRIME
mt <- function(r) list(I = unname(r$estimate[1]), E = unname(r$estimate[2]), var = unname(r$estimate[3]))
moranR <- moran.test(x, W, randomisation = TRUE)
moranN <- moran.test(x, W, randomisation = FALSE)
gearyR <- geary.test(x, W, randomisation = TRUE)
gearyN <- geary.test(x, W, randomisation = FALSE)
moranRookB <- moran.test(x, nb2listw(rook, style = "B"), randomisation = TRUE)
lm <- localmoran(x, W)
gstar <- localG(x, nb2listw(include.self(queen), style = "B"))
# Bivariate local Moran of crime against household income (INC): its sampled p-values are
# compared within sampling error (spdep draws with replacement, we without).
lbv <- localmoran_bv(x, col$INC, W, nsim = 9999, iseed = 1)
out <- list(
  spdep = as.character(packageVersion("spdep")),
  n = nrow(col),
  queen = lists(queen), rook = lists(rook), knn4 = lists(knn4), band075 = lists(band),
  moran_queen_W = c(mt(moranR), list(var_normal = unname(moranN$estimate[3]))),
  geary_queen_W = list(C = unname(gearyR$estimate[1]), var = unname(gearyR$estimate[3]),
                       var_normal = unname(gearyN$estimate[3])),
  moran_rook_B = mt(moranRookB),
  localmoran_queen_W = list(Ii = unname(lm[, 1]), E = unname(lm[, 2]), var = unname(lm[, 3])),
  localG_star_queen_B = as.numeric(gstar),
  localmoran_bv_crime_inc_queen_W = list(Ib = unname(lbv[, 1]), p_folded = unname(lbv[, 7])))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), "spdep_columbus.json")

# The built-in units: 2020 population density (7th census), the units without a value left out.
units <- st_read("../../../../geodata/statistical_units.geojson", quiet = TRUE)
wide <- read.csv("../../../../geodata/indicators_by_unit.csv", colClasses = c(adcode = "character"))
density <- wide[wide$year == 2020, c("adcode", "population_density_per_km2")]
x <- density$population_density_per_km2[match(units$adcode, density$adcode)]
allQueen <- poly2nb(units, queen = TRUE)
has <- !is.na(x)
lw <- nb2listw(subset(allQueen, has), style = "W", zero.policy = TRUE)
xs <- x[has]
m <- moran.test(xs, lw, randomisation = TRUE, zero.policy = TRUE)
lmb <- localmoran(xs, lw, zero.policy = TRUE)
builtin <- list(
  adcode = units$adcode, queen = lists(allQueen), left_out = units$adcode[!has],
  moran_density_2020_W = mt(m),
  localmoran_density_2020_W = list(Ii = unname(lmb[, 1]), E = unname(lmb[, 2]), var = unname(lmb[, 3])))
writeLines(toJSON(builtin, digits = NA, auto_unbox = TRUE), "spdep_builtin.json")
